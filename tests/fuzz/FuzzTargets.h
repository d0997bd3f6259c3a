#pragma once
// The libFuzzer targets, as plain functions: fuzz_<name> (built by tests/fuzz/CMakeLists.txt with
// -fsanitize=fuzzer) calls one from LLVMFuzzerTestOneInput; tst_fuzzregressions replays
// corpus/<name>/ and regressions/<name>/ through all of them in the normal build.

#include <cstddef>
#include <cstdint>

namespace Fuzz {

using Target = void (*)(const uint8_t* data, size_t size);

// SmtpReplyParser fed in random splits must agree with one feed; SmtpCapabilities of every reply.
void replyParser(const uint8_t* data, size_t size);
// AddressParser::parseList / parseMailbox: what parses is valid, clean and re-parses the same.
void addressParser(const uint8_t* data, size_t size);
// HeaderEncoding: line limits, encoded-word limits, no CR/LF leaks, decodes back to the text.
void headerEncoding(const uint8_t* data, size_t size);
// MailtoParser::parse: no control characters in addresses or subject; refuses what it promises to.
void mailtoParser(const uint8_t* data, size_t size);
// SandboxCommandParser::parse: one command line from a hostile client.
void sandboxCommandParser(const uint8_t* data, size_t size);

struct NamedTarget
{
    const char* name; // folder under corpus/ and regressions/; executable fuzz_<name>
    Target run;
};

inline constexpr NamedTarget Targets[] = {
    { "replyparser", replyParser },
    { "addressparser", addressParser },
    { "headerencoding", headerEncoding },
    { "mailtoparser", mailtoParser },
    { "sandboxcommandparser", sandboxCommandParser },
};

} // namespace Fuzz
