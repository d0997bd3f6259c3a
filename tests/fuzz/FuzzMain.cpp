// libFuzzer entry point of one fuzz_<name> executable; QOURIER_FUZZ_TARGET names the function
// from FuzzTargets.h (set per executable by tests/fuzz/CMakeLists.txt).

#include "FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QOURIER_FUZZ_TARGET(data, size);
    return 0;
}
