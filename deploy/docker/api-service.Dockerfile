# api-service: the Quarkus jar (target/quarkus-app, aot-jar packaging) on a Java 21 runtime.
# Build from the repository root after ./mvnw -pl api-service -am package -DskipTests:
#   docker build -f deploy/docker/api-service.Dockerfile -t answerlens/api-service:0.1.0 .
# BASE_IMAGE: any Java 21 runtime with bash and groupadd/useradd. Without a registry (no eclipse-temurin), build
# answerlens/jre:21 from Debian packages with deploy/docker/local-base.sh and add --build-arg BASE_IMAGE=answerlens/jre:21.
ARG BASE_IMAGE=eclipse-temurin:21.0.5_11-jre-noble
FROM ${BASE_IMAGE}
RUN groupadd --system answerlens && useradd --system --gid answerlens --home-dir /deployments answerlens
COPY deploy/docker/ready.sh /usr/local/bin/answerlens-ready
WORKDIR /deployments
# layers from least to most often changed, as target/quarkus-app lays them out (no AOT cache: it serves only the JDK that trained it)
COPY --chown=answerlens:answerlens api-service/target/quarkus-app/lib/ /deployments/lib/
COPY --chown=answerlens:answerlens api-service/target/quarkus-app/*.jar /deployments/
COPY --chown=answerlens:answerlens api-service/target/quarkus-app/app/ /deployments/app/
COPY --chown=answerlens:answerlens api-service/target/quarkus-app/quarkus/ /deployments/quarkus/
USER answerlens
EXPOSE 8080
# ready = /q/health/ready answers 200 on the port the service listens on (QUARKUS_HTTP_PORT, 8080 by default, or 0)
HEALTHCHECK --interval=10s --timeout=5s --start-period=40s --retries=6 CMD ["answerlens-ready"]
# the heap follows the container's memory limit; SIGTERM reaches the JVM directly (exec form)
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /deployments/quarkus-run.jar"]
