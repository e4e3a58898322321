# scrape-worker: the Quarkus fast-jar (target/quarkus-app) on Java 21 with Debian's Chromium for the browser
# engine (Playwright never downloads a browser: PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD).
# Build from the repository root after ./mvnw -pl scrape-worker -am package -DskipTests:
#   docker build -f deploy/docker/scrape-worker.Dockerfile -t answerlens/scrape-worker:0.1.0 .
FROM debian:13.1-slim
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends openjdk-21-jre-headless chromium nodejs fonts-liberation \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system answerlens && useradd --system --gid answerlens --create-home --home-dir /deployments answerlens
WORKDIR /deployments
COPY --chown=answerlens:answerlens scrape-worker/target/quarkus-app/lib/ /deployments/lib/
COPY --chown=answerlens:answerlens scrape-worker/target/quarkus-app/*.jar /deployments/
COPY --chown=answerlens:answerlens scrape-worker/target/quarkus-app/app/ /deployments/app/
COPY --chown=answerlens:answerlens scrape-worker/target/quarkus-app/quarkus/ /deployments/quarkus/
USER answerlens
EXPOSE 8081
ENV PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 \
    PLAYWRIGHT_NODEJS_PATH=/usr/bin/node \
    JAVA_OPTS="-XX:MaxRAMPercentage=60 -XX:+ExitOnOutOfMemoryError"
# exec: SIGTERM from docker stop / Kubernetes reaches the JVM, which drains in-flight jobs before exiting
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /deployments/quarkus-run.jar"]
