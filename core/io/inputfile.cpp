#include "inputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Triplewin::Core {

QString inputFileProblem(const QString &path)
{
    if (path.startsWith(u':'))
        return {};
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists())
        return QCoreApplication::translate("Triplewin::Core::InputFile", "“%1” does not exist.").arg(shown);
    if (info.isDir())
        return QCoreApplication::translate("Triplewin::Core::InputFile", "“%1” is a folder, not a file.").arg(shown);
    if (!info.isFile())
        return QCoreApplication::translate("Triplewin::Core::InputFile",
                                           "“%1” is not a regular file (a device, a pipe or a socket), so it is not "
                                           "read: it might never end.")
            .arg(shown);
    return {};
}

} // namespace Triplewin::Core
