#pragma once

#include <QByteArray>
#include <QString>

namespace TriplewinBench {

/// A field of /proc/self/status in MB ("VmHWM", "VmRSS"); negative when unavailable.
double procStatusMb(const QByteArray &key);
/// "12.3 MB", or "n/a" for a negative value.
QString mb(double value);
/// Resets VmHWM to the current RSS (Linux >= 4.0: "5" to /proc/self/clear_refs), after handing freed heap back
/// to the system. Returns an error text, empty on success.
QString resetPeakMemory();

} // namespace TriplewinBench
