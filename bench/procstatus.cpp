#include "procstatus.h"

#include <QFile>
#include <QList>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace TriplewinBench {

double procStatusMb(const QByteArray &key)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QByteArray prefix = key + ':';
    // readAll, not atEnd()/readLine(): /proc files report a size of 0.
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(prefix)) {
            const QList<QByteArray> parts = line.mid(prefix.size()).simplified().split(' ');
            return parts.isEmpty() ? -1 : parts.first().toDouble() / 1024.0;
        }
    }
    return -1;
}

QString mb(double value)
{
    return value < 0 ? QStringLiteral("n/a") : QString::number(value, 'f', 1) + QStringLiteral(" MB");
}

QString resetPeakMemory()
{
#ifdef __GLIBC__
    malloc_trim(0); // hand freed heap back first, so it does not count as the baseline
#endif
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    if (file.write("5") != 1 || !file.flush())
        return file.errorString();
    return {};
}

} // namespace TriplewinBench
