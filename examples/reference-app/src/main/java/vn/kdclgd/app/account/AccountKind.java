package vn.kdclgd.app.account;

/** What an account is for; it decides which screens the account has and which kdclgd grants it gets. */
public enum AccountKind {
    /** Quản trị của Sở: creates the other accounts; unit officer of its unit (the province). */
    PROVINCE_ADMIN("Quản trị Sở / province administrator"),
    /** Cán bộ của Sở hoặc của xã/phường: unit officer of its unit's subtree. */
    UNIT_OFFICER("Cán bộ đơn vị quản lý / unit officer"),
    /** Quản trị của trường: school admin; creates staff accounts, the council and its assignments. */
    SCHOOL_ADMIN("Quản trị trường / school administrator"),
    /** Cán bộ, giáo viên của trường: a teacher, plus the council role the school gave them. */
    SCHOOL_STAFF("Cán bộ, giáo viên / school staff"),
    /** Thành viên đoàn đánh giá ngoài / thẩm định: a reviewer on the reviews whose team names them. */
    REVIEWER("Thành viên đoàn đánh giá / external reviewer");

    private final String label;

    AccountKind(String label) {
        this.label = label;
    }

    /** Vietnamese / English label for screens. */
    public String label() {
        return label;
    }

    /** Whether the account belongs to a school (has a school id). */
    public boolean isSchool() {
        return this == SCHOOL_ADMIN || this == SCHOOL_STAFF;
    }

    /** Whether the account belongs to a supervising unit (has a unit id). */
    public boolean isUnit() {
        return this == PROVINCE_ADMIN || this == UNIT_OFFICER;
    }
}
