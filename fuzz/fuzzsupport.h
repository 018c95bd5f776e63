#pragma once

// Shared by the libFuzzer targets: one QCoreApplication for the whole run, and quiet Qt logging.

#include <cstdio>
#include <cstdlib>
#include <QByteArray>
#include <QCoreApplication>

namespace Triplewin::Fuzz {

/// Drops Qt's debug, info and warning output (every rejected input would log); fatal messages still abort.
inline void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", message.toLocal8Bit().constData());
        std::abort();
    }
}

/// Creates the application once (QtSql's drivers and QCoreApplication::translate need one).
inline void initQt()
{
    static int argc = 1;
    static char name[] = "triplewin-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = nullptr;
    if (app)
        return;
    qInstallMessageHandler(quietMessages);
    app = new QCoreApplication(argc, argv); // lives for the whole process, like the fuzzer
}

/// The input without a copy, so reads past its end are caught by AddressSanitizer.
inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace Triplewin::Fuzz
