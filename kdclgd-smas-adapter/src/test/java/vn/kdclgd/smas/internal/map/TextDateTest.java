package vn.kdclgd.smas.internal.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Text dates read without a formatter give exactly what the strict formatters give: on examples, on
 * random dates in every form (valid and impossible ones) and on random strings of digits and separators.
 */
class TextDateTest {
    private static final DateTimeFormatter[] FORMS = {
        DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
    };

    static LocalDate reference(String s) {
        for (DateTimeFormatter f : FORMS) {
            try {
                return LocalDate.parse(s, f);
            } catch (DateTimeParseException e) {
                // next
            }
        }
        return null;
    }

    @Test
    void examples() {
        assertThat(Engine.textDate("02/03/2014")).isEqualTo(LocalDate.of(2014, 3, 2));
        assertThat(Engine.textDate("2/3/2014")).isEqualTo(LocalDate.of(2014, 3, 2));
        assertThat(Engine.textDate("15-07-2014")).isEqualTo(LocalDate.of(2014, 7, 15));
        assertThat(Engine.textDate("1.1.2013")).isEqualTo(LocalDate.of(2013, 1, 1));
        assertThat(Engine.textDate("2014-7-15")).isEqualTo(LocalDate.of(2014, 7, 15));
        assertThat(Engine.textDate("31/02/2014")).isNull();
        assertThat(Engine.textDate("29/02/2012")).isEqualTo(LocalDate.of(2012, 2, 29));
        assertThat(Engine.textDate("1/2-2014")).isNull();
        assertThat(Engine.textDate("ngày 2")).isNull();
    }

    @Test
    void agreesWithTheStrictFormatters() {
        Random random = new Random(7);
        String[] seps = {"/", "-", ".", " ", ""};
        for (int i = 0; i < 100_000; i++) {
            int d = random.nextInt(33);
            int m = random.nextInt(14);
            int y = 1890 + random.nextInt(150);
            String dd = random.nextBoolean() ? String.valueOf(d) : String.format("%02d", d);
            String mm = random.nextBoolean() ? String.valueOf(m) : String.format("%03d", m).substring(random.nextInt(2));
            String a = seps[random.nextInt(seps.length)];
            String b = random.nextInt(5) == 0 ? seps[random.nextInt(seps.length)] : a;
            String s = random.nextBoolean() ? dd + a + mm + b + y : y + a + mm + b + dd;
            assertThat(Engine.textDate(s)).as(s).isEqualTo(reference(s));
        }
        String alphabet = "0123456789/-.";
        for (int i = 0; i < 100_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 6 + random.nextInt(6);
            for (int k = 0; k < n; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertThat(Engine.textDate(s)).as(s).isEqualTo(reference(s));
        }
    }
}
