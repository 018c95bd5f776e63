#pragma once

#include <optional>
#include <QString>
#include <utility>
#include <variant>

namespace Triplewin::Core {

/// An error from storage, carried upward as a value. `message` is written for the user, in plain words and
/// translated; `detail` is SQLite's own text (or empty), for logs and a "Details" button.
struct [[nodiscard]] StorageError
{
    enum class Kind
    {
        None,         ///< no error
        CannotOpen,   ///< the file or its folder cannot be opened or created
        NotADatabase, ///< the file is something other than an SQLite database
        Truncated,    ///< the file is shorter than its own header says: cut off by a copy or a full disk
        Corrupt,      ///< SQLite reports the file damaged
        ReadOnly,     ///< the file (or its folder) cannot be written
        NewerSchema,  ///< written by a newer Triplewin; left untouched
        Busy,         ///< another program held the database locked for longer than the busy timeout
        Conflict,     ///< the deal was changed elsewhere since it was loaded
        NotFound,     ///< no such deal
        Invalid,      ///< the data given cannot be saved (the message says why)
        Cancelled,    ///< the user stopped a long job; nothing of it was kept
        Duplicate,    ///< a row with the same unique key (a deal's uuid…) is there already; the detail names the key
        Unreachable,  ///< the team server cannot be reached (down, no network, connection lost)
        Refused,      ///< the team server does not allow this login to do it (row-level security, grants)
        Sql,          ///< any other database error
    };

    Kind kind = Kind::None;
    QString message;
    QString detail;

    bool ok() const { return kind == Kind::None; }
    explicit operator bool() const { return !ok(); } ///< true when there is an error

    /// The message with SQLite's detail appended in parentheses when there is one.
    QString fullText() const { return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + u')'; }
};

/// A value or a StorageError; a std::expected-like type for C++17.
template<typename T>
class [[nodiscard]] Expected
{
public:
    Expected(T value)
        : m_data(std::move(value))
    {} // NOLINT(google-explicit-constructor)
    Expected(StorageError error)
        : m_data(std::move(error))
    {} // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_data); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    // By value from a temporary: `for (auto &x : repository.list(q).value())` must not refer into a dead
    // Expected (found by valgrind in a test).
    T value() && { return std::get<T>(std::move(m_data)); }
    StorageError error() const { return ok() ? StorageError{} : std::get<StorageError>(m_data); }

private:
    std::variant<T, StorageError> m_data;
};

} // namespace Triplewin::Core
