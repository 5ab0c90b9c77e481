package vn.kdclgd.smas.partner.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.smas.partner.PartnerApiConfig;
import vn.kdclgd.smas.partner.PartnerApiConfig.Paging;
import vn.kdclgd.smas.partner.PartnerClass;
import vn.kdclgd.smas.partner.PartnerStudent;

/**
 * Reads a whole list page by page: builds each request, stops as the paging mode says, and refuses
 * implausible or contradictory answers (too many pages or records, a repeated record, an empty page
 * before the end, a total that changes). All or nothing: a list is returned only when every page read.
 */
public final class Pager {

    /**
     * What is asked for.
     *
     * @param provinceCode the province
     * @param schoolCode   the school
     * @param schoolYear   the school year, {@code YYYY-YYYY}
     * @param authValue    the credential header's value; used for nothing else
     */
    public record Query(String provinceCode, String schoolCode, String schoolYear, String authValue) {
        @Override
        public String toString() {
            return "Query[" + provinceCode + ", " + schoolCode + ", " + schoolYear + "]";
        }
    }

    private final PartnerApiConfig config;
    private final Transport transport;
    private final PageReader reader;

    /** A pager over {@code transport}. */
    public Pager(PartnerApiConfig config, Transport transport) {
        this.config = config;
        this.transport = transport;
        this.reader = new PageReader(config.fields(), config.paging().mode());
    }

    /** Every student. */
    public List<PartnerStudent> students(Query q) {
        return readAll(config.studentsPath(), q, reader::students, PartnerStudent::code, "mã học sinh", "student code");
    }

    /** Every class. */
    public List<PartnerClass> classes(Query q) {
        return readAll(config.classesPath(), q, reader::classes, PartnerClass::id, "mã lớp", "class id");
    }

    private interface PageRead<T> {
        PageReader.Page<T> read(byte[] body, String where);
    }

    private <T> List<T> readAll(String template, Query q, PageRead<T> read, Function<T, String> key, String keyName,
                                String keyNameEn) {
        Paging paging = config.paging();
        List<T> all = new ArrayList<>();
        Map<String, Integer> pageOfKey = new HashMap<>();
        OptionalLong firstTotal = OptionalLong.empty();
        for (int pagesRead = 0, page = paging.firstPage(); ; pagesRead++, page++) {
            Transport.Request request = request(template, q, page);
            String where = request.where();
            if (pagesRead == config.maxPages()) {
                throw problem(PartnerCodes.TOO_MUCH, where,
                        "đã đọc " + pagesRead + " trang mà danh sách chưa hết; kiểm tra cấu hình phân trang (paging.*) —"
                                + " máy chủ có thể bỏ qua tham số trang — hoặc tăng limit.max-pages",
                        pagesRead + " pages were read and the list has not ended; check the paging settings (paging.*)"
                                + " — the server may ignore the page parameter — or raise limit.max-pages");
            }
            PageReader.Page<T> p = read.read(transport.get(request, q.authValue()), where);
            for (PageReader.Located<T> item : p.items()) {
                String k = key.apply(item.value());
                Integer earlier = pageOfKey.putIfAbsent(k, page);
                if (earlier != null) {
                    throw problem(PartnerCodes.INCONSISTENT_PAGING, where + " " + item.path(),
                            keyName + " \"" + k + "\" đã có ở trang " + earlier + "; dữ liệu có thể thay đổi trong lúc"
                                    + " đọc hoặc máy chủ bỏ qua tham số trang — thử lại, nếu vẫn lỗi kiểm tra paging.*",
                            keyNameEn + " \"" + k + "\" was already on page " + earlier + "; the data may have changed"
                                    + " while reading or the server ignores the page parameter — try again, and check"
                                    + " paging.* if it persists");
                }
                all.add(item.value());
            }
            if (all.size() > config.maxRecords()) {
                throw tooMany(where, all.size());
            }
            switch (paging.mode()) {
                case NONE:
                    return List.copyOf(all);
                case SHORT_PAGE:
                    if (p.count() < paging.pageSize()) {
                        return List.copyOf(all);
                    }
                    break;
                case TOTAL_FIELD: {
                    long total = p.total().orElseThrow(() -> missingPagingField(where, config.fields().page().total(),
                            Paging.Mode.TOTAL_FIELD));
                    if (total > config.maxRecords()) {
                        throw tooMany(where, total);
                    }
                    if (firstTotal.isPresent() && firstTotal.getAsLong() != total) {
                        throw problem(PartnerCodes.INCONSISTENT_PAGING, where,
                                "tổng số bản ghi đổi từ " + firstTotal.getAsLong() + " thành " + total + " giữa các trang;"
                                        + " dữ liệu đang thay đổi — thử lại sau",
                                "the total changed from " + firstTotal.getAsLong() + " to " + total + " between pages;"
                                        + " the data is changing — try again later");
                    }
                    firstTotal = OptionalLong.of(total);
                    if (all.size() > total) {
                        throw problem(PartnerCodes.INCONSISTENT_PAGING, where,
                                "đã nhận " + all.size() + " bản ghi, nhiều hơn tổng " + total + " máy chủ báo; báo nhà"
                                        + " cung cấp API",
                                all.size() + " records were received, more than the total of " + total + " the server"
                                        + " reports; report it to the API vendor");
                    }
                    if (all.size() == total) {
                        return List.copyOf(all);
                    }
                    if (p.count() == 0) {
                        throw emptyPage(where, "tổng là " + total + " mà mới nhận " + all.size(),
                                "the total is " + total + " but only " + all.size() + " were received");
                    }
                    break;
                }
                case HAS_MORE_FIELD: {
                    boolean more = p.hasMore().orElseThrow(() -> missingPagingField(where,
                            config.fields().page().hasMore(), Paging.Mode.HAS_MORE_FIELD));
                    if (!more) {
                        return List.copyOf(all);
                    }
                    if (p.count() == 0) {
                        throw emptyPage(where, "máy chủ báo còn trang sau", "the server says more pages follow");
                    }
                    break;
                }
                default:
                    throw new IllegalStateException("paging mode " + paging.mode());
            }
        }
    }

    /** The request for one page; the page parameters are left out when there is no paging. */
    Transport.Request request(String template, Query q, int page) {
        String base = config.baseUri().toString();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        String path = template.replace("{province}", encode(q.provinceCode()))
                .replace("{school}", encode(q.schoolCode()))
                .replace("{year}", encode(q.schoolYear()));
        Paging paging = config.paging();
        if (paging.mode() != Paging.Mode.NONE) {
            path += (path.contains("?") ? "&" : "?") + paging.pageParam() + "=" + page + "&" + paging.sizeParam() + "="
                    + paging.pageSize();
        }
        URI uri = URI.create(base + path);
        String where = "GET " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return new Transport.Request(uri, where, q.provinceCode(), q.schoolCode(), q.schoolYear());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static KdclException problem(String code, String where, String vietnamese, String english) {
        return new KdclException(Problem.of(code, where, vietnamese, english));
    }

    private KdclException tooMany(String where, long count) {
        return problem(PartnerCodes.TOO_MUCH, where,
                count + " bản ghi, vượt giới hạn " + config.maxRecords() + " của một trường; kiểm tra mã trường và"
                        + " đường dẫn — API có thể đang trả dữ liệu cả tỉnh — hoặc tăng limit.max-records",
                count + " records, more than the limit of " + config.maxRecords() + " for one school; check the school"
                        + " code and the path — the API may be returning a whole province — or raise limit.max-records");
    }

    private static KdclException missingPagingField(String where, String field, Paging.Mode mode) {
        return problem(PartnerCodes.MISSING_FIELD, where + " $." + field,
                "thiếu trường \"" + field + "\" cần cho chế độ phân trang " + mode + "; khai báo đúng tên"
                        + " (field.page.*) hoặc chọn chế độ khác (paging.mode)",
                "the field \"" + field + "\" that paging mode " + mode + " needs is missing; configure the right name"
                        + " (field.page.*) or choose another mode (paging.mode)");
    }

    private static KdclException emptyPage(String where, String why, String whyEn) {
        return problem(PartnerCodes.INCONSISTENT_PAGING, where,
                "trang rỗng nhưng " + why + "; dữ liệu có thể thay đổi trong lúc đọc — thử lại, nếu vẫn lỗi báo nhà"
                        + " cung cấp API",
                "an empty page, yet " + whyEn + "; the data may have changed while reading — try again, and report"
                        + " it to the API vendor if it persists");
    }
}
