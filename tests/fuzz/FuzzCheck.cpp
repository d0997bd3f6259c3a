#include "FuzzCheck.h"

#include <cstdio>
#include <cstdlib>

namespace Fuzz {

void checkFailed(const char* file, int line, const char* condition, const std::string& detail)
{
    const std::string message = std::string(file) + ':' + std::to_string(line) + ": check failed: " + condition
        + (detail.empty() ? std::string() : "\n  " + detail);
    if (throwOnFailure())
        throw CheckFailure(message);
    std::fprintf(stderr, "%s\n", message.c_str());
    std::fflush(stderr);
    std::abort();
}

} // namespace Fuzz
