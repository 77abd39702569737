package dev.capexbrief.render.excel;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;

class Crc32CombineTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 1000, 65_536, 1_000_003})
    void combinesLikeTheChecksumOfTheJoinedBytes(int lengthB) {
        Random random = new Random(lengthB);
        byte[] a = new byte[1 + random.nextInt(5000)];
        byte[] b = new byte[lengthB];
        random.nextBytes(a);
        random.nextBytes(b);
        CRC32 whole = new CRC32();
        whole.update(a);
        whole.update(b);
        assertThat(Crc32Combine.combine(crc(a), crc(b), b.length)).isEqualTo(whole.getValue());
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
