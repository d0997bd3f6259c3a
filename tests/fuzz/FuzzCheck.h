#pragma once
// The checks of the fuzz targets. Under libFuzzer a failed check aborts, which libFuzzer reports
// as a crash and saves the input; in the regression test (tst_fuzzregressions) it throws, so one
// bad file fails one test row with the file's name instead of killing the whole test.

#include <stdexcept>
#include <string>

namespace Fuzz {

// Set by tst_fuzzregressions; false in the fuzzers.
inline bool& throwOnFailure()
{
    static bool value = false;
    return value;
}

struct CheckFailure : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

[[noreturn]] void checkFailed(const char* file, int line, const char* condition, const std::string& detail);

} // namespace Fuzz

// A property the code under test promises; detail is built only when the check fails.
#define FUZZ_CHECK(condition, detail)                                                                                  \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            ::Fuzz::checkFailed(__FILE__, __LINE__, #condition, (detail));                                             \
    } while (false)
