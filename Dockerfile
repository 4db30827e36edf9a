# Build stage: compile and package the fat jar (tests run in CI, not in the image build).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
RUN mvn -B -q -DskipTests package

# Run stage: the jar, the web client and the default configuration.
FROM eclipse-temurin:17-jre
# pg_dump and pg_restore for `java -jar laget-runt.jar backup|restore` (docs/operations.md).
RUN apt-get update && apt-get install -y --no-install-recommends postgresql-client \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --system --home /app laget
WORKDIR /app
COPY --from=build /src/target/laget-runt.jar /app/laget-runt.jar
COPY webroot /app/webroot
COPY config /app/config
RUN mkdir -p /app/data && chown laget /app/data
# The embedded database, its signing key and the first enabler's state live here: keep it.
VOLUME /app/data
USER laget
ENV DATA_DIR=/app/data WEBROOT=/app/webroot PRINT_LOGIN_LINK=true
EXPOSE 8080
# Give in-flight commands time to commit and sockets a clean close on `docker stop`.
STOPSIGNAL SIGTERM
# The jar asks its own /health on whatever port the configuration gives (no shell, no curl needed).
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
  CMD ["java", "-Xmx32m", "-XX:TieredStopAtLevel=1", "-jar", "/app/laget-runt.jar", "health"]
# The heap follows the container's memory limit (a quarter by default is too little for a server).
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/laget-runt.jar"]
