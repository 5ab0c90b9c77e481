package vn.kdclgd.app.school;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How levels and publication times are written on screens (shared with the public pages). */
public final class Levels {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Levels() {
    }

    /** {@code Mức 2}, or {@code Chưa đạt Mức 1} for level 0. */
    public static String label(int level) {
        return level <= 0 ? "Chưa đạt Mức 1" : "Mức " + level;
    }

    /** {@code 31/05/2027 14:05} in the zone. */
    public static String dateTime(Instant t, ZoneId zone) {
        return DATE_TIME.format(t.atZone(zone));
    }

    /** {@code 31/05/2027} in the zone. */
    public static String date(Instant t, ZoneId zone) {
        return DATE.format(t.atZone(zone));
    }
}
