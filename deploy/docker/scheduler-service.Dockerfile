# scheduler-service: the Quarkus fast-jar (target/quarkus-app) on a Java 21 runtime.
# Build from the repository root after ./mvnw -pl scheduler-service -am package -DskipTests:
#   docker build -f deploy/docker/scheduler-service.Dockerfile -t answerlens/scheduler-service:0.1.0 .
FROM eclipse-temurin:21.0.5_11-jre-noble
RUN groupadd --system answerlens && useradd --system --gid answerlens --home-dir /deployments answerlens
WORKDIR /deployments
# layers from least to most often changed, as the fast-jar lays them out
COPY --chown=answerlens:answerlens scheduler-service/target/quarkus-app/lib/ /deployments/lib/
COPY --chown=answerlens:answerlens scheduler-service/target/quarkus-app/*.jar /deployments/
COPY --chown=answerlens:answerlens scheduler-service/target/quarkus-app/app/ /deployments/app/
COPY --chown=answerlens:answerlens scheduler-service/target/quarkus-app/quarkus/ /deployments/quarkus/
USER answerlens
EXPOSE 8083
# the heap follows the container's memory limit; SIGTERM reaches the JVM directly (exec form)
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /deployments/quarkus-run.jar"]
