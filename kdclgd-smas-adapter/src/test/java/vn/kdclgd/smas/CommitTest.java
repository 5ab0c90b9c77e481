package vn.kdclgd.smas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.kdclgd.core.access.AccessDeniedException;
import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.access.Grant;
import vn.kdclgd.core.access.Role;
import vn.kdclgd.core.model.School;
import vn.kdclgd.core.service.Kdclgd;
import vn.kdclgd.core.service.OrganisationService;
import vn.kdclgd.core.service.Transactions;
import vn.kdclgd.core.testing.Databases;

/**
 * Commit is all-or-nothing and idempotent, on H2 and on real PostgreSQL: a re-import replaces the
 * year's imported categories and keeps the hand-entered ones; a refused or failing commit leaves the
 * profile exactly as it was.
 */
class CommitTest {

    private static ImportResult read(ImportOptions options, RowsSource source) {
        return new SchoolDataImporter(options, (p, l) -> source).read(List.of(source.file()), "2025-2026");
    }

    private static RowsSource students(int count, boolean withGender) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(withGender ? MappingTest.row("Mã lớp", "Mã học sinh", "Họ tên", "Giới tính") : MappingTest.row("Mã lớp", "Mã học sinh", "Họ tên"));
        for (int i = 0; i < count; i++) {
            String cls = (6 + i % 4) + "A";
            rows.add(withGender ? MappingTest.row(cls, "HS" + i, "Học sinh " + i, i % 2 == 0 ? "Nữ" : "Nam") : MappingTest.row(cls, "HS" + i, "Học sinh " + i));
        }
        return new RowsSource(Path.of("hs.xlsx")).sheet("C1-HocSinh", rows);
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void commitReplacesIdempotentlyAndNothingIsHalfWritten(Databases db, @TempDir Path dir) throws IOException {
        try (EntityManagerFactory emf = db.freshFactory("smascommit")) {
            Transactions tx = new Transactions(emf);
            Kdclgd k = Kdclgd.builder().entityManager(tx::current).build();
            UUID school = tx.run(() -> {
                School s = new School("79000701", "Trường THCS Nguyễn Du", "THCS", Set.of("THCS"));
                tx.current().persist(s);
                return s.getId();
            });
            Actor admin = Actor.of("admin", Grant.school(Role.SCHOOL_ADMIN, school));
            OrganisationService org = new OrganisationService(k);
            tx.run(() -> org.recordProfile(admin, school, "2025-2026", Map.of("facilities.rooms", 20)));
            SchoolDataImporter importer = new SchoolDataImporter(ImportOptions.defaults());

            ImportResult first = read(ImportOptions.defaults(), students(40, true));
            tx.run(() -> importer.commit(k, admin, school, first));
            Map<String, Integer> afterFirst = profile(tx, org, admin, school);
            assertThat(afterFirst).containsEntry("students.total", 40).containsEntry("students.female", 20)
                    .containsEntry("classes.total", 4).containsEntry("facilities.rooms", 20);

            tx.run(() -> importer.commit(k, admin, school, first));
            assertThat(profile(tx, org, admin, school)).as("the same import twice").isEqualTo(afterFirst);

            // a re-import without the gender column: the female count becomes unknown again, not 0 and not stale
            ImportResult second = read(ImportOptions.defaults(), students(38, false));
            tx.run(() -> importer.commit(k, admin, school, second));
            assertThat(profile(tx, org, admin, school)).containsEntry("students.total", 38).doesNotContainKey("students.female")
                    .containsEntry("facilities.rooms", 20);
            Map<String, Integer> good = profile(tx, org, admin, school);

            // refused: a teacher may not write the profile
            Actor teacher = Actor.of("gv", Grant.school(Role.TEACHER, school));
            assertThatThrownBy(() -> tx.run(() -> importer.commit(k, teacher, school, first))).isInstanceOf(AccessDeniedException.class);
            assertThat(profile(tx, org, admin, school)).isEqualTo(good);

            // failing in the database half-way (a vendor grade rule makes a category longer than the column):
            // the transaction rolls back, the earlier import stays whole
            Path t = dir.resolve("long-grade.json");
            Files.writeString(t, """
                    {"format": "kdclgd-import-template/1", "id": "long-grade", "title": "T", "source": "S", "kind": "STUDENTS",
                     "columns": {"studentCode": {"aliases": ["Mã học sinh"], "required": true}, "className": {"aliases": ["Mã lớp"]}},
                     "gradeFromClass": {"rules": [{"pattern": "^(.*)$", "value": "%s-$1"}]}}
                    """.formatted("x".repeat(90)));
            ImportOptions longGrades = ImportOptions.defaults().withTemplates(ImportTemplates.builder().addPath(t).build());
            ImportResult failing = read(longGrades, students(10, false));
            assertThat(failing.usable()).isTrue();
            assertThatThrownBy(() -> tx.run(() -> importer.commit(k, admin, school, failing))).isInstanceOf(RuntimeException.class);
            assertThat(profile(tx, org, admin, school)).as("nothing half-written").isEqualTo(good);
        }
    }

    private static RowsSource rooms(boolean withGrade) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(withGrade ? MappingTest.row("Mã phòng", "Tên phòng", "Loại phòng", "Loại công trình", "Diện tích")
                : MappingTest.row("Mã phòng", "Tên phòng", "Loại phòng", "Diện tích"));
        String[][] list = {{"P1", "Phòng học", "Kiên cố"}, {"P2", "Phòng học", "Bán kiên cố"}, {"P3", "Phòng Tin học", "Kiên cố"},
            {"P4", "Thư viện", "Kiên cố"}, {"P5", "Phòng Hiệu trưởng", "Tạm"}};
        for (String[] r : list) {
            rows.add(withGrade ? MappingTest.row(r[0], r[0], r[1], r[2], 50) : MappingTest.row(r[0], r[0], r[1], 50));
        }
        return new RowsSource(Path.of("phong.xlsx")).sheet("Phòng học", rows);
    }

    /** A room import replaces facilities.rooms.* only: hand-entered facilities.* figures and the student counts stay. */
    @ParameterizedTest
    @EnumSource(Databases.class)
    void aRoomImportReplacesOnlyTheRoomCategories(Databases db) {
        try (EntityManagerFactory emf = db.freshFactory("smasrooms")) {
            Transactions tx = new Transactions(emf);
            Kdclgd k = Kdclgd.builder().entityManager(tx::current).build();
            UUID school = tx.run(() -> {
                School s = new School("79000702", "Trường THCS Lê Lợi", "THCS", Set.of("THCS"));
                tx.current().persist(s);
                return s.getId();
            });
            Actor admin = Actor.of("admin", Grant.school(Role.SCHOOL_ADMIN, school));
            OrganisationService org = new OrganisationService(k);
            SchoolDataImporter importer = new SchoolDataImporter(ImportOptions.defaults());
            tx.run(() -> org.recordProfile(admin, school, "2025-2026", Map.of("facilities.landArea", 6200, "facilities.rooms", 20,
                    "facilities.roomsPerClass", 1, "facilities.rooms.CLASSROOM.SOLID", 99)));
            ImportResult students = read(ImportOptions.defaults(), students(12, true));
            tx.run(() -> importer.commit(k, admin, school, students));

            ImportResult first = read(ImportOptions.defaults(), rooms(true));
            assertThat(first.usable()).isTrue();
            tx.run(() -> importer.commit(k, admin, school, first));
            Map<String, Integer> afterFirst = profile(tx, org, admin, school);
            assertThat(afterFirst).containsEntry("facilities.rooms.total", 5).containsEntry("facilities.rooms.CLASSROOM", 2)
                    .as("the import's own figure replaces a stale one").containsEntry("facilities.rooms.CLASSROOM.SOLID", 1)
                    .containsEntry("facilities.rooms.ADMINISTRATION.TEMPORARY", 1).containsEntry("facilities.rooms.area", 250)
                    .as("hand-entered facilities.* outside facilities.rooms. are kept").containsEntry("facilities.landArea", 6200)
                    .containsEntry("facilities.rooms", 20).containsEntry("facilities.roomsPerClass", 1)
                    .as("another kind's figures are kept").containsEntry("students.total", 12).containsEntry("classes.total", 4);

            tx.run(() -> importer.commit(k, admin, school, first));
            assertThat(profile(tx, org, admin, school)).as("the same import twice").isEqualTo(afterFirst);

            // a re-import without the building-grade column: the splits become unknown again, not 0 and not stale
            ImportResult second = read(ImportOptions.defaults(), rooms(false));
            tx.run(() -> importer.commit(k, admin, school, second));
            assertThat(profile(tx, org, admin, school)).containsEntry("facilities.rooms.CLASSROOM", 2)
                    .doesNotContainKey("facilities.rooms.CLASSROOM.SOLID").doesNotContainKey("facilities.rooms.LIBRARY.SOLID")
                    .containsEntry("facilities.landArea", 6200).containsEntry("facilities.rooms", 20)
                    .containsEntry("facilities.roomsPerClass", 1).containsEntry("students.total", 12);
        }
    }

    private static Map<String, Integer> profile(Transactions tx, OrganisationService org, Actor a, UUID school) {
        return tx.run(() -> Map.copyOf(org.profile(a, school, "2025-2026").orElseThrow().getCounts()));
    }
}
