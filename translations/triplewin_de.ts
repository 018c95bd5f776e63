<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Triplewin::Core::Amount</name>
    <message>
        <source>That amount is too large: the limit is %1.</source>
        <translation>Dieser Betrag ist zu groß: Die Obergrenze liegt bei %1.</translation>
    </message>
    <message>
        <source>Enter an amount, not “%1”.</source>
        <translation>Geben Sie einen Betrag ein, nicht “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a number. Enter an amount such as %2.</source>
        <translation>“%1” ist keine Zahl. Geben Sie einen Betrag wie %2 ein.</translation>
    </message>
    <message>
        <source>Enter a finite amount, not “%1”.</source>
        <translation>Geben Sie einen endlichen Betrag ein, nicht “%1”.</translation>
    </message>
    <message>
        <source>Use at most two decimals (“%1”).</source>
        <translation>Verwenden Sie höchstens zwei Nachkommastellen (“%1”).</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::Database</name>
    <message>
        <source>Reading the database failed</source>
        <translation>Lesen der Datenbank fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reading the database version failed</source>
        <translation>Lesen der Datenbankversion fehlgeschlagen</translation>
    </message>
    <message>
        <source>Starting to save failed</source>
        <translation>Starten des Speichervorgangs fehlgeschlagen</translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Triplewin cannot read “%1”: %2.</source>
        <translation>Triplewin kann “%1” nicht lesen: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a Triplewin database (it is not an SQLite file). Choose another file; this one was left as it is.</source>
        <translation>“%1” ist keine Triplewin-Datenbank (es ist keine SQLite-Datei). Wählen Sie eine andere Datei; diese Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>“%1” ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>“%1” is read-only, so Triplewin cannot save deals in it. Make the file writable or choose another one.</source>
        <translation>“%1” ist schreibgeschützt, daher kann Triplewin darin keine Deals speichern. Heben Sie den Schreibschutz der Datei auf oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Triplewin cannot create the folder “%1”.</source>
        <translation>Triplewin kann den Ordner “%1” nicht anlegen.</translation>
    </message>
    <message>
        <source>Triplewin cannot create “%1”: %2.</source>
        <translation>Triplewin kann “%1” nicht anlegen: %2.</translation>
    </message>
    <message>
        <source>%1: another program is using the database. Try again in a moment.</source>
        <translation>%1: Ein anderes Programm verwendet gerade die Datenbank. Versuchen Sie es in einem Moment erneut.</translation>
    </message>
    <message>
        <source>%1: the database file cannot be written.</source>
        <translation>%1: Die Datenbankdatei kann nicht beschrieben werden.</translation>
    </message>
    <message>
        <source>%1: the database file is damaged.</source>
        <translation>%1: Die Datenbankdatei ist beschädigt.</translation>
    </message>
    <message>
        <source>%1: the file is not an SQLite database.</source>
        <translation>%1: Die Datei ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>%1: the disk is full.</source>
        <translation>%1: Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>%1: the database reported an error.</source>
        <translation>%1: Die Datenbank hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Cannot open “%1”. %2</source>
        <translation>“%1” kann nicht geöffnet werden. %2</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Triplewin (schema %2; this version knows up to %3). It was left untouched: update Triplewin to open it.</source>
        <translation>“%1” wurde von einer neueren Version von Triplewin geschrieben (Schema %2; diese Version kennt Schemas bis %3). Die Datei wurde nicht verändert: Aktualisieren Sie Triplewin, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Cannot open “%1”.</source>
        <translation>“%1” kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>“%1” is cut short (%2 bytes where its header promises more), for example by an interrupted copy or a full disk. It was left as it is; restore it from a backup.</source>
        <translation>“%1” ist unvollständig (%2 Byte, obwohl der Dateikopf mehr verspricht), etwa durch einen abgebrochenen Kopiervorgang oder einen vollen Datenträger. Die Datei wurde nicht verändert; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::Deal</name>
    <message>
        <source>Preparing</source>
        <translation>In Vorbereitung</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>In Verhandlung</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Walked away</source>
        <translation>Ausgestiegen</translation>
    </message>
    <message>
        <source>Give the deal a title before saving it.</source>
        <translation>Geben Sie dem Deal einen Titel, bevor Sie ihn speichern.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as EUR or USD, not “%1”.</source>
        <translation>Die Währung muss ein Code aus drei Buchstaben wie EUR oder USD sein, nicht “%1”.</translation>
    </message>
    <message>
        <source>Option %1 needs a name.</source>
        <translation>Option %1 benötigt einen Namen.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::DealListModel</name>
    <message>
        <source>%1 (salesperson: %2)</source>
        <translation>%1 (Verkäufer: %2)</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::DealRepository</name>
    <message>
        <source>The database holds a value Triplewin cannot read: %1.</source>
        <translation>Die Datenbank enthält einen Wert, den Triplewin nicht lesen kann: %1.</translation>
    </message>
    <message>
        <source>Loading the deal failed</source>
        <translation>Laden des Deals fehlgeschlagen</translation>
    </message>
    <message>
        <source>Saving the deal failed</source>
        <translation>Speichern des Deals fehlgeschlagen</translation>
    </message>
    <message>
        <source>An amount in option “%1” is too large.</source>
        <translation>Ein Betrag in Option “%1” ist zu groß.</translation>
    </message>
    <message>
        <source>“%1” is no longer in the database (it was deleted or moved to the trash). Save it as a new deal instead.</source>
        <translation>“%1” ist nicht mehr in der Datenbank (der Deal wurde gelöscht oder in den Papierkorb verschoben). Speichern Sie ihn stattdessen als neuen Deal.</translation>
    </message>
    <message>
        <source>“%1” was changed elsewhere after you opened it. Reload it to see those changes, or save yours as a copy.</source>
        <translation>“%1” wurde an anderer Stelle geändert, nachdem Sie den Deal geöffnet haben. Laden Sie ihn neu, um diese Änderungen zu sehen, oder speichern Sie Ihre Änderungen als Kopie.</translation>
    </message>
    <message>
        <source>That deal is no longer in the database.</source>
        <translation>Dieser Deal ist nicht mehr in der Datenbank.</translation>
    </message>
    <message>
        <source>status “%1” of deal “%2”</source>
        <translation>Status “%1” des Deals “%2”</translation>
    </message>
    <message>
        <source>party “%1” in option “%2”</source>
        <translation>Partei “%1” in Option “%2”</translation>
    </message>
    <message>
        <source>an amount out of range in option “%1”</source>
        <translation>ein Betrag außerhalb des zulässigen Bereichs in Option “%1”</translation>
    </message>
    <message>
        <source>Listing the deals failed</source>
        <translation>Auflisten der Deals fehlgeschlagen</translation>
    </message>
    <message>
        <source>Counting the deals failed</source>
        <translation>Zählen der Deals fehlgeschlagen</translation>
    </message>
    <message>
        <source>Moving the deal failed</source>
        <translation>Verschieben des Deals fehlgeschlagen</translation>
    </message>
    <message>
        <source>That deal is not in the trash.</source>
        <translation>Dieser Deal ist nicht im Papierkorb.</translation>
    </message>
    <message>
        <source>That deal is no longer in the list.</source>
        <translation>Dieser Deal ist nicht mehr in der Liste.</translation>
    </message>
    <message>
        <source>Emptying the trash failed</source>
        <translation>Leeren des Papierkorbs fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::OptionsModel</name>
    <message>
        <source>Not assessed yet: type an estimate.</source>
        <translation>Noch nicht bewertet: Geben Sie eine Schätzung ein.</translation>
    </message>
    <message>
        <source>%1 against a %2 of %3 (even within ±%4)</source>
        <translation>%1 im Vergleich zu %3 (%2), ausgeglichen innerhalb von ±%4</translation>
    </message>
    <message>
        <source>An option needs a name.</source>
        <translation>Eine Option benötigt einen Namen.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Gesamtergebnis</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::Outcome</name>
    <message>
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>lose/lose</source>
        <translation>lose/lose</translation>
    </message>
    <message>
        <source>lose/win</source>
        <translation>lose/win</translation>
    </message>
    <message>
        <source>win/lose</source>
        <translation>win/lose</translation>
    </message>
    <message>
        <source>win/win</source>
        <translation>win/win</translation>
    </message>
    <message>
        <source>win-win-win</source>
        <translation>win-win-win</translation>
    </message>
    <message>
        <source>Estimate the value for you and your customer to see the outcome.</source>
        <translation>Schätzen Sie den Wert für Sie und Ihren Kunden, um das Ergebnis zu sehen.</translation>
    </message>
    <message>
        <source>Both you and your customer would be worse off than without this deal.</source>
        <translation>Sowohl Sie als auch Ihr Kunde stünden schlechter da als ohne diesen Deal.</translation>
    </message>
    <message>
        <source>A concession: your customer gains and you fall below your walk-away point. Concessions become habits.</source>
        <translation>Ein Zugeständnis: Ihr Kunde gewinnt, und Sie fallen unter Ihren Ausstiegspunkt. Zugeständnisse werden zur Gewohnheit.</translation>
    </message>
    <message>
        <source>A hard bargain: you gain and your customer falls below their best alternative. It works once; they will not come back.</source>
        <translation>Ein harter Deal: Sie gewinnen, und Ihr Kunde fällt unter seine beste Alternative. Das funktioniert einmal; wiederkommen wird er nicht.</translation>
    </message>
    <message>
        <source>Good for you and for your customer. Can it also help their customer?</source>
        <translation>Gut für Sie und für Ihren Kunden. Kann es auch dem Kunden Ihres Kunden helfen?</translation>
    </message>
    <message>
        <source>Good for you, your customer and their customer: the best kind of deal.</source>
        <translation>Gut für Sie, Ihren Kunden und dessen Kunden: die beste Art von Deal.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::Party</name>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Your customer</source>
        <translation>Ihr Kunde</translation>
    </message>
    <message>
        <source>Their customer</source>
        <translation>Kunde Ihres Kunden</translation>
    </message>
    <message>
        <source>walk-away point</source>
        <translation>Ausstiegspunkt</translation>
    </message>
    <message>
        <source>best alternative</source>
        <translation>beste Alternative</translation>
    </message>
    <message>
        <source>status quo</source>
        <translation>Status quo</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::Result</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>lose</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>even</source>
        <translation>ausgeglichen</translation>
    </message>
    <message>
        <source>win</source>
        <translation>Gewinn</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::DealEditor</name>
    <message>
        <source>Required, e.g. Fleet renewal 2027</source>
        <translation>Pflichtfeld, z. B. Fuhrparkerneuerung 2027</translation>
    </message>
    <message>
        <source>Who you are selling to</source>
        <translation>An wen Sie verkaufen</translation>
    </message>
    <message>
        <source>Who your customer serves, e.g. their patients</source>
        <translation>Für wen Ihr Kunde da ist, z. B. seine Patienten</translation>
    </message>
    <message>
        <source>Three-letter currency code (ISO 4217) for every amount of this deal</source>
        <translation>Dreistelliger Währungscode (ISO 4217) für alle Beträge dieses Deals</translation>
    </message>
    <message>
        <source>Anything worth remembering before the meeting</source>
        <translation>Alles, was Sie vor dem Termin im Kopf haben sollten</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>T&amp;heir customer:</source>
        <translation>Kunde &amp;Ihres Kunden:</translation>
    </message>
    <message>
        <source>Sales&amp;person:</source>
        <translation>&amp;Verkäufer:</translation>
    </message>
    <message>
        <source>Currenc&amp;y:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>E&amp;xpected close:</source>
        <translation>Voraussichtlicher &amp;Abschluss:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Options: one row per way the deal could be struck</source>
        <translation>Optionen: eine Zeile für jede Möglichkeit, den Deal abzuschließen</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::DealListPanel</name>
    <message>
        <source>Search title or customer (Ctrl+F)</source>
        <translation>Titel oder Kunde suchen (Strg+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>No deal matches this search.</source>
        <translation>Kein Deal passt zu dieser Suche.</translation>
    </message>
    <message>
        <source>No saved deals yet.</source>
        <translation>Noch keine gespeicherten Deals.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::MainWindow</name>
    <message>
        <source>&amp;New Deal</source>
        <translation>&amp;Neuer Deal</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Start preparing a new deal (Ctrl+N)</source>
        <translation>Einen neuen Deal vorbereiten (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Save Deal</source>
        <translation>Deal &amp;speichern</translation>
    </message>
    <message>
        <source>Save the open deal (Ctrl+S)</source>
        <translation>Den geöffneten Deal speichern (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;Move Deal to Trash</source>
        <translation>Deal in den &amp;Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Move the open deal to the trash (Ctrl+Delete); Undo brings it back</source>
        <translation>Den geöffneten Deal in den Papierkorb verschieben (Strg+Entf); mit Rückgängig holen Sie ihn zurück</translation>
    </message>
    <message>
        <source>Show &amp;Trash…</source>
        <translation>Papierkorb an&amp;zeigen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Add Option</source>
        <translation>&amp;Option hinzufügen</translation>
    </message>
    <message>
        <source>Add an option to the open deal (Ctrl+Shift+A)</source>
        <translation>Dem geöffneten Deal eine Option hinzufügen (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>&amp;Find Deal</source>
        <translation>Deal &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Your &amp;Name…</source>
        <translation>Ihr &amp;Name…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Triplewin</source>
        <translation>&amp;Über Triplewin</translation>
    </message>
    <message>
        <source>About Triplewin</source>
        <translation>Über Triplewin</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Triplewin %1&lt;/h3&gt;&lt;p&gt;Prepare deals that are good for you, your customer and their customer.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Triplewin %1&lt;/h3&gt;&lt;p&gt;Bereiten Sie Deals vor, die gut sind für Sie, Ihren Kunden und dessen Kunden.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>New deal: give it a title, then add the options you could offer.</source>
        <translation>Neuer Deal: Geben Sie ihm einen Titel und fügen Sie dann die Optionen hinzu, die Sie anbieten könnten.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>“%1” gespeichert.</translation>
    </message>
    <message>
        <source>Open Deal</source>
        <translation>Deal öffnen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No deals yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Create your first deal with &lt;b&gt;New Deal&lt;/b&gt; (Ctrl+N): give it a title, add the options you could offer, and estimate what each option is worth to you, your customer and their customer. Triplewin shows who wins and who loses under each option.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch keine Deals.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Legen Sie Ihren ersten Deal mit &lt;b&gt;Neuer Deal&lt;/b&gt; (Strg+N) an: Geben Sie ihm einen Titel, fügen Sie die Optionen hinzu, die Sie anbieten könnten, und schätzen Sie, was jede Option für Sie, Ihren Kunden und dessen Kunden wert ist. Triplewin zeigt, wer bei welcher Option gewinnt und wer verliert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No deal is open.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Pick a deal from the list on the left, or start a new one with &lt;b&gt;New Deal&lt;/b&gt; (Ctrl+N).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kein Deal geöffnet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Wählen Sie links einen Deal aus der Liste, oder legen Sie mit &lt;b&gt;Neuer Deal&lt;/b&gt; (Strg+N) einen neuen an.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Triplewin</source>
        <translation>Triplewin</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Neuer Deal</translation>
    </message>
    <message>
        <source>%1[*] — Triplewin</source>
        <translation>%1[*] — Triplewin</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Move it to the trash without saving them?</source>
        <translation>“%1” enthält ungespeicherte Änderungen. Den Deal ohne Speichern in den Papierkorb verschieben?</translation>
    </message>
    <message>
        <source>Moved “%1” to the trash. Undo (Ctrl+Z) brings it back.</source>
        <translation>“%1” wurde in den Papierkorb verschoben. Mit Rückgängig (Strg+Z) holen Sie den Deal zurück.</translation>
    </message>
    <message>
        <source>Restored “%1” from the trash.</source>
        <translation>“%1” wurde aus dem Papierkorb wiederhergestellt.</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>New deals are filed under this salesperson name:</source>
        <translation>Neue Deals werden unter diesem Verkäufernamen abgelegt:</translation>
    </message>
    <message>
        <source>The new deal</source>
        <translation>Der neue Deal</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 enthält Änderungen, die nicht gespeichert sind. Möchten Sie sie speichern?</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::MoveToTrashCommand</name>
    <message>
        <source>Move “%1” to the trash</source>
        <translation>“%1” in den Papierkorb verschieben</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::OptionsDelegate</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::OptionsTable</name>
    <message>
        <source>&amp;Add option</source>
        <translation>&amp;Option hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove option</source>
        <translation>Option ent&amp;fernen</translation>
    </message>
    <message>
        <source>Add an option (Ctrl+Shift+A)</source>
        <translation>Eine Option hinzufügen (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>Remove the selected option (Ctrl+Shift+Delete); Undo brings it back</source>
        <translation>Die ausgewählte Option entfernen (Strg+Umschalt+Entf); mit Rückgängig holen Sie sie zurück</translation>
    </message>
    <message>
        <source>Option “%1”, %2: %3</source>
        <translation>Option “%1”, %2: %3</translation>
    </message>
    <message>
        <source>Edit option</source>
        <translation>Option bearbeiten</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Option hinzufügen</translation>
    </message>
    <message>
        <source>Remove option “%1”</source>
        <translation>Option “%1” entfernen</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>Papierkorb &amp;leeren…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message>
        <source>Delete every deal in the trash for good? This cannot be undone.</source>
        <translation>Alle Deals im Papierkorb endgültig löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The trash is empty. Deals you delete wait here until you empty it.</source>
        <translation>Der Papierkorb ist leer. Deals, die Sie löschen, bleiben hier, bis Sie den Papierkorb leeren.</translation>
    </message>
    <message>
        <source>Deals here are kept until you empty the trash. Restore one to bring it back.</source>
        <translation>Diese Deals bleiben erhalten, bis Sie den Papierkorb leeren. Stellen Sie einen Deal wieder her, um ihn zurückzuholen.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::ValueChartView</name>
    <message>
        <source>Value over each party&apos;s reference point</source>
        <translation>Wert über dem Referenzpunkt jeder Partei</translation>
    </message>
    <message>
        <source>Reference point (walk-away line)</source>
        <translation>Referenzpunkt (Ausstiegslinie)</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Überschuss</translation>
    </message>
    <message>
        <source>Surplus (%1)</source>
        <translation>Überschuss (%1)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Triplewin</source>
        <translation>Triplewin</translation>
    </message>
    <message>
        <source>The deal database could not be opened.</source>
        <translation>Die Deal-Datenbank konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Choose Another File…</source>
        <translation>Andere Datei wählen…</translation>
    </message>
    <message>
        <source>Open or Create a Deal Database</source>
        <translation>Deal-Datenbank öffnen oder anlegen</translation>
    </message>
    <message>
        <source>Triplewin databases (*.sqlite *.db)</source>
        <translation>Triplewin-Datenbanken (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Prepare deals that are good for you, your customer and their customer.</source>
        <translation>Bereiten Sie Deals vor, die gut sind für Sie, Ihren Kunden und dessen Kunden.</translation>
    </message>
    <message>
        <source>Open or create the deal database at &lt;path&gt; instead of the default (%1).</source>
        <translation>Die Deal-Datenbank unter &lt;Pfad&gt; statt am Standardort (%1) öffnen oder anlegen.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
</context>
</TS>
