#pragma once

#include <QString>

namespace Triplewin::Core {

/// Why @p path cannot be read as an input file (a CSV to import, a scenario pack), in plain words naming the path;
/// empty when it is a regular file. A device such as /dev/zero never ends and a FIFO may wait forever, so only
/// regular files (or symbolic links to them) are read. Resource paths (":/...") are always fine.
QString inputFileProblem(const QString &path);

} // namespace Triplewin::Core
