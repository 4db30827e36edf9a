# Build stage: compile and package the fat jar (tests run in CI, not in the image build).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
RUN mvn -B -q -DskipTests package

# Run stage: the jar, the web client and the default configuration.
FROM eclipse-temurin:17-jre
RUN useradd --system --home /app laget
WORKDIR /app
COPY --from=build /src/target/laget-runt.jar /app/laget-runt.jar
COPY webroot /app/webroot
COPY config /app/config
RUN mkdir -p /app/data && chown laget /app/data
USER laget
ENV DATA_DIR=/app/data WEBROOT=/app/webroot PRINT_LOGIN_LINK=true
EXPOSE 8080
# Give in-flight commands time to commit and sockets a clean close on `docker stop`.
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=5s CMD ["sh", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q '\"up\"' <&3"]
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/laget-runt.jar"]
