package vn.kdclgd.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * kdclgd's reference web application: what a vendor studies to embed kdclgd, and what a school or a
 * province can run as it is. {@code java -jar examples/reference-app/target/kdclgd-app.jar} starts it on
 * an embedded H2 database in {@code ./data} with demo data, at http://localhost:8080.
 */
@SpringBootApplication
public class ReferenceApp {
    /** Starts the application. */
    public static void main(String[] args) {
        SpringApplication.run(ReferenceApp.class, args);
    }
}
