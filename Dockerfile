# syntax=docker/dockerfile:1

# Build with the Maven wrapper on Java 17, the version the code targets.
FROM eclipse-temurin:17.0.19_10-jdk-noble AS build
WORKDIR /workspace
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
# Only src/main reaches the context (.dockerignore). Tests are neither compiled nor run,
# and the formatter check is left to CI, which enforces it on every change.
COPY src/ src/
RUN ./mvnw -B -ntp -Dmaven.test.skip=true -Dspring-javaformat.validate.skip=true package \
	&& cp target/entity-group-service-*.jar app.jar \
	&& java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted

# Run on a Java 25 JRE, one layer per rate of change, as an unprivileged user.
FROM eclipse-temurin:25.0.3_9-jre-noble
RUN groupadd --system app && useradd --system --gid app --home-dir /app --shell /usr/sbin/nologin app
WORKDIR /app
COPY --from=build /workspace/extracted/dependencies/ ./
COPY --from=build /workspace/extracted/spring-boot-loader/ ./
COPY --from=build /workspace/extracted/snapshot-dependencies/ ./
COPY --from=build /workspace/extracted/application/ ./
COPY --chmod=0755 docker/healthcheck.sh /usr/local/bin/healthcheck
USER app
ENV SPRING_PROFILES_ACTIVE=prod
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 CMD ["/usr/local/bin/healthcheck"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", \
	"org.springframework.boot.loader.launch.JarLauncher"]
