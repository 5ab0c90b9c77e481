package vn.kdclgd.core.internal;

import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

/** Time-ordered UUIDs (version 7), assigned in Java so that ids travel between installations. */
public final class Ids {
    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private Ids() {
    }

    /** A new time-ordered UUID. */
    public static UUID newId() {
        return GENERATOR.generate();
    }
}
