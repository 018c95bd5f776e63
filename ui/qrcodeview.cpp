#include "qrcodeview.h"

#include <QImage>
#include <QPainter>
#include <qrencode.h>

namespace Triplewin::Ui {

namespace {

/// The blank border a reader needs around the code, in modules (the QR standard's minimum).
constexpr int QuietZone = 4;

} // namespace

QrCodeView::QrCodeView(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void QrCodeView::setText(const QString &text)
{
    if (text == m_text && (m_size > 0 || text.isEmpty()))
        return; // the presenter sets the same address at every step: encoded once
    m_text = text;
    m_size = 0;
    m_dark.clear();
    if (!text.isEmpty()) {
        const QByteArray utf8 = text.toUtf8();
        if (QRcode *code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1)) {
            m_size = code->width;
            m_dark.reserve(m_size * m_size);
            for (int i = 0; i < m_size * m_size; ++i)
                m_dark << ((code->data[i] & 1) != 0); // bit 0: a dark module
            QRcode_free(code);
        }
    }
    updateGeometry();
    update();
}

QSize QrCodeView::sizeHint() const
{
    return {240, 240};
}

void QrCodeView::paint(QPainter &painter, const QRect &square) const
{
    painter.fillRect(square, Qt::white);
    if (m_size == 0)
        return;
    const int modules = m_size + 2 * QuietZone;
    const int module = std::max(1, square.width() / modules); // whole pixels: no blurred edges for a camera
    const QPoint origin = square.topLeft() + QPoint((square.width() - module * modules) / 2 + module * QuietZone,
                                                    (square.height() - module * modules) / 2 + module * QuietZone);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (m_dark.at(y * m_size + x))
                painter.fillRect(QRect(origin + QPoint(x * module, y * module), QSize(module, module)), Qt::black);
        }
    }
}

QImage QrCodeView::image(int pixels) const
{
    QImage image(pixels, pixels, QImage::Format_RGB32);
    QPainter painter(&image);
    paint(painter, image.rect());
    return image;
}

void QrCodeView::paintEvent(QPaintEvent *)
{
    if (m_size == 0)
        return;
    const int side = std::min(width(), height());
    QPainter painter(this);
    paint(painter, QRect((width() - side) / 2, (height() - side) / 2, side, side));
}

} // namespace Triplewin::Ui
