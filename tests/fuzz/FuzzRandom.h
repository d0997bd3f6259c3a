#pragma once
// A tiny deterministic random source for the fuzz targets (splitmix64): seeded from the input
// itself, so a saved input replays exactly, in the fuzzer and in tst_fuzzregressions alike.

#include <cstdint>

namespace Fuzz {

class Random
{
public:
    explicit Random(uint64_t seed)
        : m_state(seed)
    {
    }

    uint64_t next()
    {
        uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    // In [low, high].
    int between(int low, int high) { return low + int(next() % uint64_t(high - low + 1)); }

private:
    uint64_t m_state;
};

} // namespace Fuzz
