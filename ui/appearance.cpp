#include "appearance.h"

#include <cmath>
#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace Triplewin::Ui {

namespace {

const QString AppearanceSetting = QStringLiteral("appearance/theme");

/// The style the desktop gave the app at startup, and its palette: what System goes back to.
struct SystemLook
{
    QString style;
    QPalette palette;
};

SystemLook &systemLook()
{
    static SystemLook look{QApplication::style() ? QApplication::style()->name() : QString(), QApplication::palette()};
    return look;
}

double luminance(const QColor &colour)
{
    const auto channel = [](double value) {
        return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

} // namespace

QString appearanceKey(Appearance appearance)
{
    switch (appearance) {
    case Appearance::System:
        return QStringLiteral("system");
    case Appearance::Light:
        return QStringLiteral("light");
    case Appearance::Dark:
        return QStringLiteral("dark");
    }
    return {};
}

Appearance storedAppearance()
{
    const QString key = QSettings().value(AppearanceSetting).toString();
    for (Appearance appearance : {Appearance::Light, Appearance::Dark}) {
        if (appearanceKey(appearance) == key)
            return appearance;
    }
    return Appearance::System;
}

void storeAppearance(Appearance appearance)
{
    QSettings().setValue(AppearanceSetting, appearanceKey(appearance));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2B, 0x2B, 0x2E);
    const QColor base(0x1E, 0x1E, 0x21);
    const QColor text(0xEC, 0xEC, 0xEC);
    const QColor disabledText(0x9A, 0x9A, 0xA0);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x27, 0x27, 0x2B));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3A, 0x3A, 0x3F));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0xA8, 0xA8, 0xAE));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x38, 0x38, 0x3D));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xFF, 0x8A, 0x80));
    palette.setColor(QPalette::Light, QColor(0x4A, 0x4A, 0x50));
    palette.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x45));
    palette.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x34));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1A));
    palette.setColor(QPalette::Shadow, QColor(0x0A, 0x0A, 0x0A));
    palette.setColor(QPalette::Highlight, QColor(0x2F, 0x65, 0xCA));
    palette.setColor(QPalette::HighlightedText, QColor(0xFF, 0xFF, 0xFF));
    palette.setColor(QPalette::Link, QColor(0x8A, 0xB4, 0xF8));
    palette.setColor(QPalette::LinkVisited, QColor(0xC5, 0x8A, 0xF9));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4A, 0x4A, 0x50));
    return palette;
}

void applyAppearance(Appearance appearance)
{
    const SystemLook &system = systemLook(); // remembered before the first change
    switch (appearance) {
    case Appearance::System:
        if (!system.style.isEmpty() && QApplication::style()->name() != system.style)
            QApplication::setStyle(QStyleFactory::create(system.style));
        QApplication::setPalette(system.palette);
        return;
    case Appearance::Light: {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QPalette light = QApplication::style()->standardPalette();
        // Fusion's placeholder is its text at half strength, 3.9:1 on white: too faint to read (WCAG AA is 4.5:1).
        light.setColor(QPalette::PlaceholderText, QColor(0x6A, 0x6A, 0x6A));
        // Its highlight, #308cc6, carries white text at 3.7:1; a deeper blue reads.
        light.setColor(QPalette::Active, QPalette::Highlight, QColor(0x1F, 0x6F, 0xB2));
        light.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x1F, 0x6F, 0xB2));
        QApplication::setPalette(light);
        return;
    }
    case Appearance::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        return;
    }
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor blended(const QColor &over, const QColor &under)
{
    const double alpha = over.alphaF();
    return QColor::fromRgbF(float(over.redF() * alpha + under.redF() * (1 - alpha)),
                            float(over.greenF() * alpha + under.greenF() * (1 - alpha)),
                            float(over.blueF() * alpha + under.blueF() * (1 - alpha)));
}

} // namespace Triplewin::Ui
