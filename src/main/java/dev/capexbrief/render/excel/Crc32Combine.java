package dev.capexbrief.render.excel;

/**
 * The CRC-32 of two byte sequences joined, from the CRC-32 of each and the second's length (zlib's
 * crc32_combine), so a zip entry assembled from separately compressed pieces gets its checksum
 * without reading the pieces again.
 */
final class Crc32Combine {
    /** The reflected CRC-32 polynomial. */
    private static final int POLY = 0xEDB88320;
    /** x^(2^k) modulo the polynomial, k = 0..31. */
    private static final int[] X2N = new int[32];

    static {
        int p = 1 << 30; // x^1
        X2N[0] = p;
        for (int k = 1; k < 32; k++) {
            p = multiply(p, p);
            X2N[k] = p;
        }
    }

    private Crc32Combine() {
    }

    /** The CRC-32 of A followed by B, given crc(A), crc(B) and B's length in bytes. */
    static long combine(long crcA, long crcB, long lengthB) {
        return (multiply(power(lengthB, 3), (int) crcA) ^ (int) crcB) & 0xFFFFFFFFL;
    }

    /** a × b modulo the polynomial, in the reflected bit order CRC-32 uses. */
    private static int multiply(int a, int b) {
        int m = 1 << 31;
        int p = 0;
        while (true) {
            if ((a & m) != 0) {
                p ^= b;
                if ((a & (m - 1)) == 0) {
                    break;
                }
            }
            m >>>= 1;
            b = (b & 1) != 0 ? (b >>> 1) ^ POLY : b >>> 1;
        }
        return p;
    }

    /** x^(n × 2^k) modulo the polynomial. */
    private static int power(long n, int k) {
        int p = 1 << 31; // x^0
        while (n != 0) {
            if ((n & 1) != 0) {
                p = multiply(X2N[k & 31], p);
            }
            n >>>= 1;
            k++;
        }
        return p;
    }
}
