package dev.answerlens.api.dashboard.view;

import dev.answerlens.api.admin.QueueDepths.QueueDepth;
import dev.answerlens.api.admin.ReplayResult;
import java.util.List;

/**
 * The Operations page (operators only): depth of each platform queue and its parking queue, what is parked and why
 * (a dry run of the replay, moving nothing), and the outcome of a replay or dry run the operator asked for.
 */
public record OperationsView(Frame frame, List<Row> queues, List<ReplayResult> parked, ReplayResult outcome,
                             List<String> workQueues) {

    /** One platform queue: its depth and its parking queue's depth (-1: the queue does not exist). */
    public record Row(String queue, long ready, long consumers, String parkingQueue, long parked) {
    }

    public static List<Row> rows(List<QueueDepth> work, List<QueueDepth> parking) {
        List<Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < work.size(); i++) {
            rows.add(new Row(work.get(i).queue(), work.get(i).ready(), work.get(i).consumers(), parking.get(i).queue(),
                    parking.get(i).ready()));
        }
        return rows;
    }
}
