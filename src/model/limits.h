#pragma once
// The largest count a region file may hold. All of Dutch special
// education has some 70,000 pupils, so a million is never a real count of
// pupils, weeks or schools; past it D07 reports a fout, and the contract and
// the report leave such a value out of their sums, which can then never
// overflow (a million times any number of schools fits in 64 bits).
namespace zio {

constexpr long long kMaxCount = 1000000;

inline bool plausible_count(long long v) { return v >= 0 && v <= kMaxCount; }

}  // namespace zio
