// Scenario packs: readScenarioPack() on any bytes; a pack it accepts must survive writeScenarioPack() and be
// read back unchanged (docs/scenario-pack-format.md).

#include "fuzzsupport.h"
#include "workshop/scenariopack.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Triplewin::Core;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Triplewin::Fuzz::initQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const ScenarioPackRead read = readScenarioPack(Triplewin::Fuzz::bytesOf(data, size), QStringLiteral("fuzz.json"));
    if (!read.pack) {
        if (read.error.isEmpty())
            std::abort(); // a refused pack always says why
        return 0;
    }
    const QByteArray written = writeScenarioPack(*read.pack);
    const ScenarioPackRead again = readScenarioPack(written, QStringLiteral("fuzz-written.json"));
    if (!again.pack) {
        std::fprintf(stderr, "a pack that was read cannot be read back after writing it: %s\n",
                     again.error.text().toLocal8Bit().constData());
        std::abort();
    }
    if (again.pack->scenarios.size() != read.pack->scenarios.size() || writeScenarioPack(*again.pack) != written) {
        std::fprintf(stderr, "writing a pack read back from its own output changed it\n");
        std::abort();
    }
    return 0;
}
