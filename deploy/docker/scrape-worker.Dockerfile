# scrape-worker: the Quarkus jar (target/quarkus-app, aot-jar packaging) on Java 21 with Debian's Chromium for the browser
# engine (Playwright never downloads a browser: PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD).
# Build from the repository root after ./mvnw -pl scrape-worker -am package -DskipTests:
#   docker build -f deploy/docker/scrape-worker.Dockerfile -t answerlens/scrape-worker:0.1.0 .
# BASE_IMAGE: Debian trixie (13), or an image built on it. Without a registry, deploy/docker/local-base.sh builds
# answerlens/jre:21 (trixie + openjdk-21-jre-headless) and this file's runtime stage on it
# (answerlens/worker-runtime:21); --build-arg BASE_IMAGE=answerlens/jre:21 then finds that stage in the build cache.
ARG BASE_IMAGE=debian:13.1-slim
FROM ${BASE_IMAGE} AS runtime
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends openjdk-21-jre-headless chromium nodejs fonts-liberation \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system answerlens && useradd --system --gid answerlens --create-home --home-dir /deployments answerlens

FROM runtime
COPY deploy/docker/ready.sh /usr/local/bin/answerlens-ready
WORKDIR /deployments
COPY --chown=answerlens:answerlens scrape-worker/target/quarkus-app/lib/ /deployments/lib/
COPY --chown=answerlens:answerlens scrape-worker/target/quarkus-app/*.jar /deployments/
COPY --chown=answerlens:answerlens scrape-worker/target/quarkus-app/app/ /deployments/app/
COPY --chown=answerlens:answerlens scrape-worker/target/quarkus-app/quarkus/ /deployments/quarkus/
USER answerlens
EXPOSE 8081
# ready = /q/health/ready answers 200 on the port the worker listens on (QUARKUS_HTTP_PORT, 8081 by default, or 0)
HEALTHCHECK --interval=10s --timeout=5s --start-period=40s --retries=6 CMD ["answerlens-ready"]
ENV PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 \
    PLAYWRIGHT_NODEJS_PATH=/usr/bin/node \
    JAVA_OPTS="-XX:MaxRAMPercentage=60 -XX:+ExitOnOutOfMemoryError"
# exec: SIGTERM from docker stop / Kubernetes reaches the JVM, which drains in-flight jobs before exiting
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /deployments/quarkus-run.jar"]
