package streamgraph

import (
	"encoding/binary"
	"math/bits"
)

// murmur3 is MurmurHash3 x64 128-bit with seed 0, the function behind
// Guava's Hashing.murmur3_128(0) that Flink hashes operator IDs with. Its
// result is laid out as Guava's HashCode.asBytes: h1 then h2, each little
// endian. Written here rather than imported: it is sixty lines, and no
// dependency then decides whether IDs stay bit-identical to Flink's.
func murmur3(data []byte) [16]byte {
	var h1, h2 uint64
	n := len(data)
	for len(data) >= 16 {
		k1 := binary.LittleEndian.Uint64(data)
		k2 := binary.LittleEndian.Uint64(data[8:])
		data = data[16:]
		h1 ^= mixK1(k1)
		h1 = bits.RotateLeft64(h1, 27) + h2
		h1 = h1*5 + 0x52dce729
		h2 ^= mixK2(k2)
		h2 = bits.RotateLeft64(h2, 31) + h1
		h2 = h2*5 + 0x38495ab5
	}
	if len(data) > 0 {
		var k1, k2 uint64
		for i := len(data) - 1; i >= 8; i-- {
			k2 = k2<<8 | uint64(data[i])
		}
		for i := min(len(data), 8) - 1; i >= 0; i-- {
			k1 = k1<<8 | uint64(data[i])
		}
		h1 ^= mixK1(k1)
		h2 ^= mixK2(k2)
	}
	h1 ^= uint64(n)
	h2 ^= uint64(n)
	h1 += h2
	h2 += h1
	h1, h2 = fmix64(h1), fmix64(h2)
	h1 += h2
	h2 += h1
	var out [16]byte
	binary.LittleEndian.PutUint64(out[:], h1)
	binary.LittleEndian.PutUint64(out[8:], h2)
	return out
}

func mixK1(k uint64) uint64 {
	k *= 0x87c37b91114253d5
	k = bits.RotateLeft64(k, 31)
	return k * 0x4cf5ad432745937f
}

func mixK2(k uint64) uint64 {
	k *= 0x4cf5ad432745937f
	k = bits.RotateLeft64(k, 33)
	return k * 0x87c37b91114253d5
}

func fmix64(k uint64) uint64 {
	k ^= k >> 33
	k *= 0xff51afd7ed558ccd
	k ^= k >> 33
	k *= 0xc4ceb9fe1a85ec53
	k ^= k >> 33
	return k
}
