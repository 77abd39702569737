package dev.capexbrief.render.excel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Crc32Combine} against {@link CRC32} of the joined bytes: random data cut at random places
 * into pieces (empty ones too) and combined piece by piece, as the spliced Data sheet's checksum is.
 */
class GoldenCrc32CombineTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void combiningThePiecesOfARandomSplitGivesTheChecksumOfTheWhole(long seed) {
        Random random = new Random(seed);
        byte[] data = new byte[random.nextInt(200_000)];
        random.nextBytes(data);
        int pieces = 1 + random.nextInt(8);
        int[] cuts = new int[pieces + 1];
        for (int i = 1; i < pieces; i++) {
            cuts[i] = random.nextInt(data.length + 1);
        }
        cuts[pieces] = data.length;
        Arrays.sort(cuts);
        long combined = crc(data, 0, cuts[1]);
        for (int i = 1; i < pieces; i++) {
            combined = Crc32Combine.combine(combined, crc(data, cuts[i], cuts[i + 1]), cuts[i + 1] - cuts[i]);
        }
        assertThat(combined).as("cuts %s of %d bytes", Arrays.toString(cuts), data.length)
                .isEqualTo(crc(data, 0, data.length));
    }

    @Test
    void emptyPiecesChangeNothing() {
        byte[] data = "capex".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long whole = crc(data, 0, data.length);
        assertThat(Crc32Combine.combine(whole, 0, 0)).as("an empty B").isEqualTo(whole);
        assertThat(Crc32Combine.combine(0, whole, data.length)).as("an empty A").isEqualTo(whole);
        assertThat(Crc32Combine.combine(0, 0, 0)).isZero();
    }

    @Test
    void aKnownValue() {
        // crc32("123456789") = 0xCBF43926, the check value of CRC-32/ISO-HDLC
        byte[] digits = "123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(Crc32Combine.combine(crc(digits, 0, 4), crc(digits, 4, 9), 5)).isEqualTo(0xCBF43926L);
    }

    /** A second piece past 4 GiB (a Zip64 sheet), so the length's upper bits count. */
    @Test
    void aSecondPieceLongerThanAnIntCanCount() {
        byte[] a = {1, 2, 3};
        long length = (1L << 32) + 7;
        byte[] zeros = new byte[1 << 20];
        CRC32 whole = new CRC32();
        whole.update(a);
        CRC32 b = new CRC32();
        for (long left = length; left > 0; left -= Math.min(left, zeros.length)) {
            int n = (int) Math.min(left, zeros.length);
            whole.update(zeros, 0, n);
            b.update(zeros, 0, n);
        }
        assertThat(Crc32Combine.combine(crc(a, 0, 3), b.getValue(), length)).isEqualTo(whole.getValue());
    }

    private static long crc(byte[] data, int from, int to) {
        CRC32 crc = new CRC32();
        crc.update(data, from, to - from);
        return crc.getValue();
    }
}
