package vn.kdclgd.smas.internal.map;

/**
 * The student or staff codes met so far, kept as 64-bit hashes in an open-addressing table with the row
 * each was first met on — about 12 bytes a code, so a million codes fit a 64 MiB heap (a
 * {@code HashSet<String>} needs ten times that). Two different codes sharing a 64-bit hash (odds about
 * 1 in 10<sup>13</sup> for a million codes) would be reported as a duplicate; the report names both rows.
 */
final class CodeSet {
    private long[] keys = new long[1 << 12];
    private int[] rows = new int[1 << 12];
    private int size;

    /** Adds {@code code} first met on {@code row}; returns the earlier row when it was there already, else 0. */
    int add(String code, int row) {
        long h = hash(code);
        if (h == 0) {
            h = 1;
        }
        if (size * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (keys[i] != 0) {
            if (keys[i] == h) {
                return rows[i];
            }
            i = (i + 1) & mask;
        }
        keys[i] = h;
        rows[i] = row;
        size++;
        return 0;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] ok = keys;
        int[] or = rows;
        keys = new long[ok.length * 2];
        rows = new int[ok.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < ok.length; j++) {
            if (ok[j] != 0) {
                int i = (int) (ok[j] ^ (ok[j] >>> 32)) & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = ok[j];
                rows[i] = or[j];
            }
        }
    }

    /** 64-bit FNV-1a over the UTF-16 units, then a finalising mix (murmur3 fmix64). */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
