<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Triplewin::Cli</name>
    <message>
        <source>No ended deals yet: nothing to analyse.</source>
        <translation>Noch keine beendeten Deals: nichts zu analysieren.</translation>
    </message>
    <message>
        <source>%1  %2  %3  per month (oldest first)</source>
        <translation>%1  %2  %3  pro Monat (älteste zuerst)</translation>
    </message>
    <message>
        <source>salesperson</source>
        <translation>Verkäufer</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>Deals</translation>
    </message>
    <message numerus="yes">
        <source>no habits flagged (last %n ended deal(s))</source>
        <translation>
            <numerusform>keine Gewohnheiten gemeldet (letzter %n beendeter Deal)</numerusform>
            <numerusform>keine Gewohnheiten gemeldet (letzte %n beendete Deals)</numerusform>
        </translation>
    </message>
    <message>
        <source>no deal in this database has ended with “%1” as the salesperson. Salespeople with ended deals: %2.</source>
        <translation>in dieser Datenbank wurde kein Deal mit „%1“ als Verkäufer beendet. Verkäufer mit beendeten Deals: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>No deal ended since %1.</source>
        <translation>Seit %1 wurde kein Deal beendet.</translation>
    </message>
    <message numerus="yes">
        <source>Why %n deal(s) ended since %1</source>
        <translation>
            <numerusform>Warum %n Deal seit %1 endete</numerusform>
            <numerusform>Warum %n Deals seit %1 endeten</numerusform>
        </translation>
    </message>
    <message>
        <source>By how they ended:</source>
        <translation>Nach Ausgang:</translation>
    </message>
    <message>
        <source>By salesperson:</source>
        <translation>Nach Verkäufer:</translation>
    </message>
</context>
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
    <name>Triplewin::Core::Backups</name>
    <message>
        <source>Cannot create the backup “%1”: %2.</source>
        <translation>Die Sicherung “%1” kann nicht erstellt werden: %2.</translation>
    </message>
    <message>
        <source>Backing up “%1” failed.</source>
        <translation>Das Sichern von “%1” ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder “%1”.</source>
        <translation>Der Sicherungsordner “%1” kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot create the backup “%1”: it exists already.</source>
        <translation>Die Sicherung “%1” kann nicht erstellt werden: Sie existiert bereits.</translation>
    </message>
    <message>
        <source>The finished copy could not be renamed.</source>
        <translation>Die fertige Kopie konnte nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>The backup was stopped.</source>
        <translation>Die Sicherung wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>The database stayed locked by another program for %n second(s); try again when it is closed.</source>
        <translation>
            <numerusform>Die Datenbank blieb %n Sekunde lang von einem anderen Programm gesperrt; versuchen Sie es erneut, wenn es geschlossen ist.</numerusform>
            <numerusform>Die Datenbank blieb %n Sekunden lang von einem anderen Programm gesperrt; versuchen Sie es erneut, wenn es geschlossen ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>daily backup</source>
        <translation>tägliche Sicherung</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>vor einer Aktualisierung</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::CoachingRepository</name>
    <message>
        <source>Reading the deal history failed</source>
        <translation>Lesen des Deal-Verlaufs fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::Concession</name>
    <message>
        <source>concession %1</source>
        <translation>Zugeständnis %1</translation>
    </message>
    <message>
        <source>not an object with date, by, what, value_cents and traded_for</source>
        <translation>kein Objekt mit date, by, what, value_cents und traded_for</translation>
    </message>
    <message>
        <source>the date “%1” is not a date (YYYY-MM-DD)</source>
        <translation>das Datum „%1“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>“by” is “%1”, not one of you, customer or customers_customer</source>
        <translation>„by“ ist „%1“, nicht you, customer oder customers_customer</translation>
    </message>
    <message>
        <source>it does not say what was conceded (“what”)</source>
        <translation>es sagt nicht, was zugestanden wurde („what“)</translation>
    </message>
    <message>
        <source>“traded_for” is not text</source>
        <translation>„traded_for“ ist kein Text</translation>
    </message>
    <message>
        <source>“value_cents” is not an object with an amount per party</source>
        <translation>„value_cents“ ist kein Objekt mit einem Betrag je Partei</translation>
    </message>
    <message>
        <source>the value to %1 is not a whole number of cents within a trillion</source>
        <translation>der Wert für %1 ist keine ganze Zahl von Cent innerhalb einer Billion</translation>
    </message>
    <message>
        <source>the concessions are not JSON (%1 at character %2)</source>
        <translation>die Zugeständnisse sind kein JSON (%1 bei Zeichen %2)</translation>
    </message>
    <message>
        <source>the concessions are not a JSON array</source>
        <translation>die Zugeständnisse sind keine JSON-Liste</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1 (worth %2)</source>
        <translation>%1 (Wert: %2)</translation>
    </message>
    <message>
        <source>You gave: %1</source>
        <translation>Sie gaben: %1</translation>
    </message>
    <message>
        <source>Your customer gave: %1</source>
        <translation>Ihr Kunde gab: %1</translation>
    </message>
    <message>
        <source>Their customer gave: %1</source>
        <translation>Dessen Kunde gab: %1</translation>
    </message>
    <message>
        <source>nothing received in return yet</source>
        <translation>noch nichts dafür erhalten</translation>
    </message>
    <message>
        <source>traded for: %1</source>
        <translation>getauscht gegen: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::ConcessionsModel</name>
    <message>
        <source>You gave</source>
        <translation>Sie gaben</translation>
    </message>
    <message>
        <source>Your customer gave</source>
        <translation>Ihr Kunde gab</translation>
    </message>
    <message>
        <source>Their customer gave</source>
        <translation>Dessen Kunde gab</translation>
    </message>
    <message>
        <source>Nothing yet (unreciprocated)</source>
        <translation>Noch nichts (einseitig)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Traded for</source>
        <translation>Im Tausch</translation>
    </message>
    <message>
        <source>What the concession is worth to %1, in %2 (a cost is negative)</source>
        <translation>Wert des Zugeständnisses für %1, in %2 (Kosten sind negativ)</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Gegeben von</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::CsvReader</name>
    <message>
        <source>Line %1: a quoted field is never closed (a &quot; is missing), so the rest of the file cannot be read.</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen wird nie geschlossen (ein &quot; fehlt), daher kann der Rest der Datei nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Line %1 is not UTF-8 text (byte %2 of the file). Save the file from the spreadsheet or CRM as “CSV UTF-8” and try again.</source>
        <translation>Zeile %1 ist kein UTF-8-Text (Byte %2 der Datei). Speichern Sie die Datei aus der Tabellenkalkulation oder dem CRM als „CSV UTF-8“ und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Line %1 or the lines after it are not valid UTF-16 text. Save the file from the spreadsheet or CRM as “CSV UTF-8” and try again.</source>
        <translation>Zeile %1 oder die Zeilen danach sind kein gültiger UTF-16-Text. Speichern Sie die Datei aus der Tabellenkalkulation oder dem CRM als „CSV UTF-8“ und versuchen Sie es erneut.</translation>
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
    <message>
        <source>“%1” is an SQLite database of another program, not a Triplewin database. It was left as it is; choose another file.</source>
        <translation>“%1” ist eine SQLite-Datenbank eines anderen Programms, keine Triplewin-Datenbank. Die Datei wurde nicht verändert; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>%1: another program or Triplewin window is using the database and kept it locked. Close it or wait for it to finish, then try again.</source>
        <translation>%1: Ein anderes Programm oder Triplewin-Fenster verwendet die Datenbank und hält sie gesperrt. Schließen Sie es oder warten Sie, bis es fertig ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1: the disk is full. Free some space, then try again; nothing already saved was changed.</source>
        <translation>%1: Der Datenträger ist voll. Geben Sie Speicherplatz frei und versuchen Sie es dann erneut; bereits Gespeichertes wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database was not upgraded and is unchanged.</source>
        <translation>Die Datenbank wurde nicht aktualisiert und ist unverändert.</translation>
    </message>
    <message>
        <source>No database file is open.</source>
        <translation>Es ist keine Datenbankdatei geöffnet.</translation>
    </message>
    <message>
        <source>Restoring “%1” failed; the deals are as they were.</source>
        <translation>Das Wiederherstellen von “%1” ist fehlgeschlagen; die Deals sind unverändert.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Triplewin.</source>
        <translation>“%1” wurde von einer neueren Version von Triplewin geschrieben.</translation>
    </message>
    <message>
        <source>“%1” is empty, but “%2” beside it holds %3 bytes of changes that belong to a database. Triplewin left both files as they are: restore the database from a backup, or move both away.</source>
        <translation>“%1” ist leer, aber “%2” daneben enthält %3 Byte an Änderungen, die zu einer Datenbank gehören. Triplewin hat beide Dateien unverändert gelassen: Stellen Sie die Datenbank aus einer Sicherung wieder her, oder verschieben Sie beide Dateien.</translation>
    </message>
    <message>
        <source>%1: cancelled; nothing was changed.</source>
        <translation>%1: abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>This build of Triplewin cannot restore a backup: its Qt uses another SQLite than Triplewin. Close Triplewin and copy “%1” over “%2” instead.</source>
        <translation>Dieser Build von Triplewin kann keine Sicherung wiederherstellen: Sein Qt verwendet ein anderes SQLite als Triplewin. Schließen Sie Triplewin und kopieren Sie stattdessen “%1” über “%2”.</translation>
    </message>
    <message>
        <source>%1: the connection to the team server was lost. Nothing of this was saved on the server.</source>
        <translation>%1: Die Verbindung zum Team-Server ist abgebrochen. Davon wurde nichts auf dem Server gespeichert.</translation>
    </message>
    <message>
        <source>%1: someone else was changing the same rows on the team server at the same moment. Nothing was changed; try again.</source>
        <translation>%1: Jemand anderes hat im selben Moment dieselben Daten auf dem Team-Server geändert. Nichts wurde geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1: the team server does not allow your login to do this (a deal is changed only by the salesperson it belongs to). Nothing was changed.</source>
        <translation>%1: Der Team-Server erlaubt das Ihrer Anmeldung nicht (einen Deal ändert nur der Verkäufer, dem er gehört). Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1: the team server reported an error.</source>
        <translation>%1: Der Team-Server hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>%1: the team server&apos;s disk is full. Nothing was changed; tell whoever runs the server.</source>
        <translation>%1: Der Datenträger des Team-Servers ist voll. Nichts wurde geändert; sagen Sie es der Person, die den Server betreut.</translation>
    </message>
    <message>
        <source>The team server %1 has no Triplewin tables yet. Whoever runs it sets them up once with “triplewin-cli server init”.</source>
        <translation>Der Team-Server %1 hat noch keine Triplewin-Tabellen. Wer ihn betreut, legt sie einmal mit „triplewin-cli server init“ an.</translation>
    </message>
    <message>
        <source>Cannot use the team server.</source>
        <translation>Der Team-Server kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>No team server was open.</source>
        <translation>Es war kein Team-Server geöffnet.</translation>
    </message>
    <message>
        <source>The team server %1 was set up by an older version of Triplewin (server schema %2; this version needs %3). Nothing was changed: whoever runs it upgrades it in place with “triplewin-cli server init”, which keeps every deal.</source>
        <translation>Der Team-Server %1 wurde von einer älteren Version von Triplewin eingerichtet (Server-Schema %2; diese Version braucht %3). Nichts wurde geändert: Wer ihn betreut, aktualisiert ihn mit „triplewin-cli server init“; alle Deals bleiben erhalten.</translation>
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
    <message>
        <source>The title holds a NUL character (a zero byte), which is not text.</source>
        <translation>Der Titel enthält ein NUL-Zeichen (ein Null-Byte), das kein Text ist.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::DealExporter</name>
    <message>
        <source>Writing the export failed: %1</source>
        <translation>Schreiben des Exports fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::DealImporter</name>
    <message>
        <source>%1 “%2” is not a date (write it like 2026-03-31, 3/31/2026 or 31.3.2026).</source>
        <translation>%1 “%2” ist kein Datum (schreiben Sie es z. B. als 2026-03-31, 3/31/2026 oder 31.3.2026).</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date or time.</source>
        <translation>%1 “%2” ist kein Datum und keine Uhrzeit.</translation>
    </message>
    <message>
        <source>The deal has no title (the column “%1” is empty).</source>
        <translation>Der Deal hat keinen Titel (die Spalte “%1” ist leer).</translation>
    </message>
    <message>
        <source>The currency “%1” is not a three-letter code such as EUR or USD.</source>
        <translation>Die Währung “%1” ist kein Code aus drei Buchstaben wie EUR oder USD.</translation>
    </message>
    <message>
        <source>The close date</source>
        <translation>Das Abschlussdatum</translation>
    </message>
    <message>
        <source>The creation date</source>
        <translation>Das Erstellungsdatum</translation>
    </message>
    <message>
        <source>The closing date</source>
        <translation>Das Datum des Abschlusses</translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation>Quelle des Imports: %1.</translation>
    </message>
    <message>
        <source>CRM amount: %1</source>
        <translation>Betrag im CRM: %1</translation>
    </message>
    <message>
        <source>CRM stage: %1</source>
        <translation>Phase im CRM: %1</translation>
    </message>
    <message>
        <source>CRM status: %1</source>
        <translation>Status im CRM: %1</translation>
    </message>
    <message>
        <source>CRM result: won</source>
        <translation>Ergebnis im CRM: gewonnen</translation>
    </message>
    <message>
        <source>CRM result: lost</source>
        <translation>Ergebnis im CRM: verloren</translation>
    </message>
    <message>
        <source>Lost reason: %1</source>
        <translation>Verlustgrund: %1</translation>
    </message>
    <message>
        <source>Probability: %1</source>
        <translation>Wahrscheinlichkeit: %1</translation>
    </message>
    <message>
        <source>Pipeline: %1</source>
        <translation>Pipeline: %1</translation>
    </message>
    <message>
        <source>CRM record ID: %1</source>
        <translation>Datensatz-ID im CRM: %1</translation>
    </message>
    <message>
        <source>The CRM gave no close date; the import date was used.</source>
        <translation>Das CRM hat kein Abschlussdatum angegeben; das Importdatum wurde verwendet.</translation>
    </message>
    <message>
        <source>The expected close date</source>
        <translation>Das voraussichtliche Abschlussdatum</translation>
    </message>
    <message>
        <source>The creation time</source>
        <translation>Der Erstellungszeitpunkt</translation>
    </message>
    <message>
        <source>The status “%1” is not one of preparing, negotiating, closed or walked_away.</source>
        <translation>Der Status “%1” ist keiner von preparing, negotiating, closed oder walked_away.</translation>
    </message>
    <message>
        <source>The outcome “%1” is not one Triplewin knows.</source>
        <translation>Das Gesamtergebnis “%1” ist Triplewin nicht bekannt.</translation>
    </message>
    <message>
        <source>The result “%1” is not one of win, even, lose or unknown.</source>
        <translation>Das Ergebnis “%1” ist keiner der Werte win, even, lose oder unknown.</translation>
    </message>
    <message>
        <source>The value for “%1”</source>
        <translation>Der Wert für “%1”</translation>
    </message>
    <message>
        <source>The reference point for “%1”</source>
        <translation>Der Referenzpunkt für “%1”</translation>
    </message>
    <message>
        <source>The row has values but no option name.</source>
        <translation>Die Zeile enthält Werte, aber keinen Optionsnamen.</translation>
    </message>
    <message>
        <source>The row has %1 fields but the header only %2: is a delimiter inside a field that is not in quotes?</source>
        <translation>Die Zeile hat %1 Felder, die Kopfzeile aber nur %2: Steht ein Trennzeichen in einem Feld, das nicht in Anführungszeichen steht?</translation>
    </message>
    <message>
        <source>This row belongs to the deal “%1” of line %2 but its deal columns (everything before the option) differ from that row&apos;s.</source>
        <translation>Diese Zeile gehört zum Deal “%1” aus Zeile %2, aber ihre Deal-Spalten (alles vor der Option) weichen von denen jener Zeile ab.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file has no title column for %1. Its columns are: %2.</source>
        <translation>Die Datei hat keine Titelspalte für %1. Ihre Spalten sind: %2.</translation>
    </message>
    <message>
        <source>The columns of this file are not those of a Triplewin, Salesforce, HubSpot or Pipedrive export, so Triplewin cannot tell which column holds what. Its columns are: %1.</source>
        <translation>Die Spalten dieser Datei entsprechen keinem Export aus Triplewin, Salesforce, HubSpot oder Pipedrive, daher kann Triplewin nicht erkennen, welche Spalte was enthält. Ihre Spalten sind: %1.</translation>
    </message>
    <message>
        <source>a CSV file</source>
        <translation>eine CSV-Datei</translation>
    </message>
    <message>
        <source>The row has %1 fields but the header %2: a line break or a delimiter missing, or the row was cut off?</source>
        <translation>Die Zeile hat %1 Felder, die Kopfzeile aber %2: fehlt ein Zeilenumbruch oder Trennzeichen, oder wurde die Zeile abgeschnitten?</translation>
    </message>
    <message>
        <source>%1 is also on line %2: one record, two rows.</source>
        <translation>%1 steht auch in Zeile %2: ein Datensatz, zwei Zeilen.</translation>
    </message>
    <message>
        <source>The record ID “%1”</source>
        <translation>Die Datensatz-ID „%1“</translation>
    </message>
    <message>
        <source>The same deal (owner, title and creation date) without a record ID</source>
        <translation>Derselbe Deal (Verantwortlicher, Titel und Erstellungsdatum) ohne Datensatz-ID</translation>
    </message>
    <message>
        <source>The time of the last change</source>
        <translation>Der Zeitpunkt der letzten Änderung</translation>
    </message>
    <message>
        <source>The outcome “%1” contradicts the results (you: %2, customer: %3, their customer: %4), which make it “%5”.</source>
        <translation>Das Gesamtergebnis „%1“ widerspricht den Ergebnissen (Sie: %2, Kunde: %3, dessen Kunde: %4), aus denen „%5“ folgt.</translation>
    </message>
    <message numerus="yes">
        <source>%n new deal(s)</source>
        <translation>
            <numerusform>%n neuer Deal</numerusform>
            <numerusform>%n neue Deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with changes not applied</source>
        <translation>
            <numerusform>%n mit nicht übernommenen Änderungen</numerusform>
            <numerusform>%n mit nicht übernommenen Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>%1 “%2” is ambiguous: it is a thousand times more where the separator groups thousands than where it is the decimal mark, and no other amount in the file says which. Give the decimal mark (Decimal mark in the import dialog, --decimal with the command line), or write the cents (1,234.00).</source>
        <translation>%1 „%2“ ist mehrdeutig: Als Tausendertrennzeichen gelesen ist der Betrag tausendmal größer als mit dem Zeichen als Dezimaltrennzeichen, und kein anderer Betrag der Datei zeigt, welches gilt. Geben Sie das Dezimaltrennzeichen an (Dezimaltrennzeichen im Importdialog, --decimal in der Kommandozeile) oder schreiben Sie die Cent aus (1.234,00).</translation>
    </message>
    <message>
        <source>%1 “%2” is not an amount (write it like 1234.50, $1,234.50 or 1.234,50 €; groups of three digits; at most two decimals).</source>
        <translation>%1 „%2“ ist kein Betrag (schreiben Sie ihn z. B. als 1234.50, $1,234.50 oder 1.234,50 €; Dreiergruppen von Ziffern; höchstens zwei Nachkommastellen).</translation>
    </message>
    <message>
        <source>The amount</source>
        <translation>Der Betrag</translation>
    </message>
    <message>
        <source>The column “%1” holds a NUL character (a zero byte), which is not text: the file is damaged or not a text file.</source>
        <translation>Die Spalte „%1“ enthält ein NUL-Zeichen (ein Null-Byte), das kein Text ist: Die Datei ist beschädigt oder keine Textdatei.</translation>
    </message>
    <message>
        <source>The time the deal ended</source>
        <translation>Der Zeitpunkt, zu dem das Geschäft endete</translation>
    </message>
    <message>
        <source>The status “%1” contradicts the ending (“%2” at %3): it should be “%4”.</source>
        <translation>Der Status „%1“ widerspricht dem Abschluss oder Ausstieg („%2“ am %3): Er müsste „%4“ sein.</translation>
    </message>
    <message>
        <source>The deal is marked %1 but has no time it ended.</source>
        <translation>Das Geschäft ist als %1 markiert, hat aber keinen Zeitpunkt, zu dem es endete.</translation>
    </message>
    <message>
        <source>The confidence “%1” in %2 is not one of low, medium or high.</source>
        <translation>Die Sicherheit „%1“ in %2 ist nicht low, medium oder high.</translation>
    </message>
    <message>
        <source>The concessions column: %1.</source>
        <translation>Die Spalte concessions: %1.</translation>
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
    <message>
        <source>walked away transparently</source>
        <translation>transparent ausgestiegen</translation>
    </message>
    <message>
        <source>agreed “%1”: %2</source>
        <translation>“%1” vereinbart: %2</translation>
    </message>
    <message>
        <source>“%1” is already saved; only new deals can be added.</source>
        <translation>“%1” ist bereits gespeichert; nur neue Deals können hinzugefügt werden.</translation>
    </message>
    <message>
        <source>“%1” is already closed. Reopen it first.</source>
        <translation>“%1” ist bereits abgeschlossen. Nehmen Sie den Deal zuerst wieder auf.</translation>
    </message>
    <message>
        <source>The agreed option is not part of “%1” (save the deal first).</source>
        <translation>Die vereinbarte Option gehört nicht zu “%1” (speichern Sie den Deal zuerst).</translation>
    </message>
    <message>
        <source>“%1” has already ended. Reopen it first.</source>
        <translation>“%1” ist bereits beendet. Nehmen Sie den Deal zuerst wieder auf.</translation>
    </message>
    <message>
        <source>outcome “%1” of deal “%2”</source>
        <translation>Gesamtergebnis “%1” des Deals “%2”</translation>
    </message>
    <message>
        <source>Adding the deals was stopped; nothing was saved.</source>
        <translation>Das Hinzufügen der Deals wurde abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>“%1” is already in this database (same deal id %2): the file was imported before. To bring a colleague&apos;s deals together, merge their database instead.</source>
        <translation>“%1” ist bereits in dieser Datenbank (gleiche Deal-ID %2): Die Datei wurde schon einmal importiert. Um die Deals eines Kollegen zusammenzubringen, führen Sie stattdessen dessen Datenbank zusammen.</translation>
    </message>
    <message>
        <source>“%1” is no longer in the database: it was deleted or moved to the trash elsewhere. Your edits were not saved.</source>
        <translation>“%1” ist nicht mehr in der Datenbank: Der Deal wurde an anderer Stelle gelöscht oder in den Papierkorb verschoben. Ihre Änderungen wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>“%1” was changed elsewhere after you opened it (in another window or program), so saving would overwrite those changes. Your edits were not saved.</source>
        <translation>“%1” wurde an anderer Stelle geändert, nachdem Sie den Deal geöffnet haben (in einem anderen Fenster oder Programm); beim Speichern würden diese Änderungen überschrieben. Ihre Änderungen wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Your name is not set, so this cannot be recorded. Enter it under Settings ▸ Your Name.</source>
        <translation>Ihr Name ist nicht eingetragen, daher kann dies nicht festgehalten werden. Tragen Sie ihn unter Einstellungen ▸ Ihr Name ein.</translation>
    </message>
    <message>
        <source>Importing the deals failed</source>
        <translation>Import der Deals fehlgeschlagen</translation>
    </message>
    <message>
        <source>won</source>
        <translation>gewonnen</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>verloren</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>The deal is in the trash here, so the CRM&apos;s changes were not applied. Restore it and import again.</source>
        <translation>Der Deal liegt hier im Papierkorb, daher wurden die Änderungen aus dem CRM nicht übernommen. Stellen Sie ihn wieder her und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>The CRM&apos;s notes changed, but the notes it wrote before were edited here, so they were kept as they are. The CRM now says: %1</source>
        <translation>Die Notizen im CRM haben sich geändert, aber die zuvor vom CRM geschriebenen Notizen wurden hier bearbeitet und bleiben deshalb, wie sie sind. Das CRM sagt jetzt: %1</translation>
    </message>
    <message>
        <source>The CRM now says “%1” (it said “%2”). The deal has ended here (%3) and keeps that ending.</source>
        <translation>Das CRM sagt jetzt „%1“ (vorher „%2“). Der Deal wurde hier beendet (%3) und behält dieses Ende.</translation>
    </message>
    <message>
        <source>The CRM now says “%1” (it said “%2”). Triplewin keeps the deal open: close it or walk away here if that is what happened.</source>
        <translation>Das CRM sagt jetzt „%1“ (vorher „%2“). Triplewin lässt den Deal offen: Schließen Sie ihn hier ab oder steigen Sie aus, wenn es so gekommen ist.</translation>
    </message>
    <message>
        <source>The deal is in the trash here, so the file&apos;s version was not applied. Restore it and import again.</source>
        <translation>Der Deal liegt hier im Papierkorb, daher wurde die Fassung aus der Datei nicht übernommen. Stellen Sie ihn wieder her und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>The file&apos;s version differs from the deal saved here, which has ended (or ends in the file): an ending changes only by closing, walking away or reopening. The saved deal was kept.</source>
        <translation>Die Fassung in der Datei weicht vom hier gespeicherten Deal ab, der beendet ist (oder in der Datei endet): Ein Ende ändert sich nur durch Abschließen, Aussteigen oder Wiedereröffnen. Der gespeicherte Deal wurde beibehalten.</translation>
    </message>
    <message>
        <source>The deal was changed here after this file was exported, and the file&apos;s version differs too. The saved deal was kept; open both and copy what you need.</source>
        <translation>Der Deal wurde hier nach dem Export dieser Datei geändert, und auch die Fassung in der Datei weicht ab. Der gespeicherte Deal wurde beibehalten; öffnen Sie beide und übernehmen Sie, was Sie brauchen.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>That deal is in the trash or no longer in the database.</source>
        <translation>Dieser Deal liegt im Papierkorb oder ist nicht mehr in der Datenbank.</translation>
    </message>
    <message>
        <source>Reading the deals failed</source>
        <translation>Lesen der Deals fehlgeschlagen</translation>
    </message>
    <message>
        <source>That deal has not ended, so it cannot be reopened.</source>
        <translation>Dieses Geschäft ist nicht beendet und kann daher nicht wieder geöffnet werden.</translation>
    </message>
    <message>
        <source>A deal of the file is already in this database, where you cannot see it (another login&apos;s deal with the same deal id).</source>
        <translation>Ein Deal der Datei ist bereits in dieser Datenbank, wo Sie ihn nicht sehen können (der Deal eines anderen Logins mit derselben Deal-ID).</translation>
    </message>
    <message>
        <source>%1; closed anyway because: %2</source>
        <translation>%1; trotzdem abgeschlossen, weil: %2</translation>
    </message>
    <message>
        <source>%1; reason: %2</source>
        <translation>%1; Grund: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>confidence “%1” of deal “%2”</source>
        <translation>Sicherheit „%1“ des Deals „%2“</translation>
    </message>
    <message>
        <source>%1 of deal “%2”</source>
        <translation>%1 des Deals „%2“</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::DraftRepository</name>
    <message>
        <source>Keeping a copy of your unsaved changes</source>
        <translation>Aufbewahren einer Kopie Ihrer ungespeicherten Änderungen</translation>
    </message>
    <message>
        <source>The autosaved copy of your unsaved changes cannot be read.</source>
        <translation>Die automatisch gespeicherte Kopie Ihrer ungespeicherten Änderungen kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::EndingReason</name>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Wettbewerber</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Keine Entscheidung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Why it ended: %1.</source>
        <translation>Warum es endete: %1.</translation>
    </message>
    <message>
        <source>Why it ended: %1</source>
        <translation>Warum es endete: %1</translation>
    </message>
    <message>
        <source>Why it ended: %1 — %2</source>
        <translation>Warum es endete: %1 – %2</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::EndingReasons</name>
    <message>
        <source>No reason given</source>
        <translation>Kein Grund angegeben</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::Habits</name>
    <message>
        <source>Concession habit (lose/win)</source>
        <translation>Zugeständnis-Gewohnheit (lose/win)</translation>
    </message>
    <message>
        <source>Hard-bargain habit (win/lose)</source>
        <translation>Gewohnheit harter Deals (win/lose)</translation>
    </message>
    <message>
        <source>Chain blind spot</source>
        <translation>Blinder Fleck in der Kette</translation>
    </message>
    <message>
        <source>Never walks away</source>
        <translation>Steigt nie aus</translation>
    </message>
    <message>
        <source>%1 came off worse last time: “%2”, closed %3 by %4, was %5. Look for an option that is good for them this time.</source>
        <translation>%1 ist beim letzten Mal schlechter weggekommen: “%2”, am %3 von %4 abgeschlossen, endete mit %5. Suchen Sie diesmal nach einer Option, die für diesen Kunden gut ist.</translation>
    </message>
    <message>
        <source>%1 came off worse last time: “%2”, closed %3, was %4. Look for an option that is good for them this time.</source>
        <translation>%1 ist beim letzten Mal schlechter weggekommen: “%2”, abgeschlossen am %3, endete mit %4. Suchen Sie diesmal nach einer Option, die für diesen Kunden gut ist.</translation>
    </message>
    <message>
        <source>You gave in to close: the customer came out ahead and you fell below your walk-away point. A concession to close becomes a habit, and it costs respect on both sides.</source>
        <translation>Sie haben nachgegeben, um abzuschließen: Der Kunde stand besser da, und Sie fielen unter Ihren Ausstiegspunkt. Ein Zugeständnis für den Abschluss wird zur Gewohnheit und kostet auf beiden Seiten Respekt.</translation>
    </message>
    <message>
        <source>%1 gave in to close: the customer came out ahead and %1 fell below their own walk-away point. A concession to close becomes a habit, and it costs respect on both sides.</source>
        <translation>%1 hat nachgegeben, um abzuschließen: Der Kunde ist besser weggekommen, und %1 lag unter dem eigenen Ausstiegspunkt. Ein Zugeständnis für den Abschluss wird zur Gewohnheit und kostet auf beiden Seiten Respekt.</translation>
    </message>
    <message>
        <source>You came out ahead while the customer fell below their best alternative. Win/lose works once: a customer who came off worse will not consider you next time.</source>
        <translation>Sie standen besser da, während Ihr Kunde unter seine beste Alternative fiel. Win/lose funktioniert einmal: Ein Kunde, der schlechter weggekommen ist, wird Sie beim nächsten Mal nicht mehr in Betracht ziehen.</translation>
    </message>
    <message>
        <source>%1 came out ahead while the customer fell below their best alternative. Win/lose works once: a customer who came off worse will not consider %1 next time.</source>
        <translation>%1 ist besser weggekommen, während der Kunde unter seiner besten Alternative lag. Gewinnen/Verlieren funktioniert einmal: Ein Kunde, der schlechter weggekommen ist, wird %1 beim nächsten Mal nicht berücksichtigen.</translation>
    </message>
    <message>
        <source>Their customer&apos;s value was not assessed, or was a loss. The best deals deliver value up the chain, to your customer&apos;s own customer.</source>
        <translation>Der Wert für den Kunden Ihres Kunden wurde nicht bewertet oder war ein Verlust. Die besten Deals schaffen Wert entlang der ganzen Kette, für Ihren Kunden und auch für dessen Kunden.</translation>
    </message>
    <message>
        <source>In %1&apos;s deals the customer&apos;s customer was not assessed, or lost. The best deals deliver value up the chain, to the customer&apos;s own customer.</source>
        <translation>In den Deals von %1 wurde der Kunde des Kunden nicht bewertet oder hat verloren. Die besten Deals schaffen Wert entlang der Kette, bis zum Kunden des Kunden.</translation>
    </message>
    <message>
        <source>You kept closing deals you lost and did not walk away from any. When no win/win can be found, saying so openly and walking away builds more trust than a bad deal.</source>
        <translation>Sie haben immer wieder Deals abgeschlossen, bei denen Sie verloren haben, und sind aus keinem ausgestiegen. Wenn sich kein win/win finden lässt, schafft es mehr Vertrauen, das offen zu sagen und auszusteigen, als ein schlechter Deal.</translation>
    </message>
    <message>
        <source>%1 kept closing deals they lost and did not walk away from any. When no win/win can be found, saying so openly and walking away builds more trust than a bad deal.</source>
        <translation>%1 hat immer wieder Deals mit eigenem Verlust abgeschlossen und ist aus keinem ausgestiegen. Wenn sich kein Gewinnen/Gewinnen finden lässt, schafft ein offener Ausstieg mehr Vertrauen als ein schlechter Deal.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of your last %n closed deal(s)</source>
        <translation>
            <numerusform>%1 Ihres letzten abgeschlossenen Deals</numerusform>
            <numerusform>%1 Ihrer letzten %n abgeschlossenen Deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of your last %n ended deal(s)</source>
        <translation>
            <numerusform>%1 Ihres letzten beendeten Deals</numerusform>
            <numerusform>%1 Ihrer letzten %n beendeten Deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2&apos;s last %n closed deal(s)</source>
        <translation>
            <numerusform>%1 des letzten abgeschlossenen Deals von %2</numerusform>
            <numerusform>%1 der letzten %n abgeschlossenen Deals von %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2&apos;s last %n ended deal(s)</source>
        <translation>
            <numerusform>%1 des letzten beendeten Deals von %2</numerusform>
            <numerusform>%1 der letzten %n beendeten Deals von %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Gives without getting</source>
        <translation>Gibt, ohne zu bekommen</translation>
    </message>
    <message numerus="yes">
        <source>You gave %n concession(s) with nothing received in return. Trade each one (“if you …, then we …”): a concession given for nothing teaches the other side that asking is enough.</source>
        <translation>
            <numerusform>Sie haben %n Zugeständnis gemacht, ohne etwas dafür zu bekommen. Tauschen Sie jedes („wenn Sie …, dann wir …“): Ein Zugeständnis ohne Gegenleistung lehrt die andere Seite, dass Fragen genügt.</numerusform>
            <numerusform>Sie haben %n Zugeständnisse gemacht, ohne etwas dafür zu bekommen. Tauschen Sie jedes („wenn Sie …, dann wir …“): Ein Zugeständnis ohne Gegenleistung lehrt die andere Seite, dass Fragen genügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 gave %n concession(s) with nothing received in return. A concession traded for something (“if …, then …”) keeps the other side from learning that asking is enough.</source>
        <translation>
            <numerusform>%1 hat %n Zugeständnis gemacht, ohne etwas dafür zu bekommen. Ein getauschtes Zugeständnis („wenn …, dann …“) verhindert, dass die andere Seite lernt, dass Fragen genügt.</numerusform>
            <numerusform>%1 hat %n Zugeständnisse gemacht, ohne etwas dafür zu bekommen. Ein getauschtes Zugeständnis („wenn …, dann …“) verhindert, dass die andere Seite lernt, dass Fragen genügt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::InputFile</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>„%1“ ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (a device, a pipe or a socket), so it is not read: it might never end.</source>
        <translation>„%1“ ist keine gewöhnliche Datei (ein Gerät, eine Pipe oder ein Socket) und wird daher nicht gelesen: Sie könnte nie enden.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::NoteRepository</name>
    <message>
        <source>Write the note first.</source>
        <translation>Schreiben Sie zuerst die Notiz.</translation>
    </message>
    <message>
        <source>Saving the note failed</source>
        <translation>Speichern der Notiz fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reading the notes failed</source>
        <translation>Lesen der Notizen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Your name is not set, so the note cannot be signed. Enter it under Settings ▸ Your Name.</source>
        <translation>Ihr Name ist nicht eingetragen, daher kann die Notiz nicht gezeichnet werden. Tragen Sie ihn unter Einstellungen ▸ Ihr Name ein.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::OptionAnalysis</name>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>your customer</source>
        <translation>Ihren Kunden</translation>
    </message>
    <message>
        <source>their customer</source>
        <translation>den Kunden Ihres Kunden</translation>
    </message>
    <message>
        <source>Below walk-away for %1</source>
        <translation>Unter dem Ausstiegspunkt für %1</translation>
    </message>
    <message>
        <source>option %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <source>Dominated by %1: as good for everyone, better for %2</source>
        <translation>Dominiert von %1: für alle mindestens so gut, besser für %2</translation>
    </message>
    <message>
        <source>Dominated by %1</source>
        <translation>Dominiert von %1</translation>
    </message>
    <message>
        <source>Below walk-away</source>
        <translation>Unter Ausstiegspunkt</translation>
    </message>
    <message>
        <source>It leaves you below your walk-away point.</source>
        <translation>Sie landen damit unter Ihrem Ausstiegspunkt.</translation>
    </message>
    <message>
        <source>It leaves your customer below their best alternative.</source>
        <translation>Ihr Kunde landet damit unter seiner besten Alternative.</translation>
    </message>
    <message>
        <source>It was the best option for all: no value left on the table.</source>
        <translation>Es war die beste Option für alle: kein Wert auf dem Tisch liegen gelassen.</translation>
    </message>
    <message>
        <source>Value left on the table against “%1”, the best option for all: you %2, your customer %3, their customer %4; %5 in all (a negative figure: more than that option gives).</source>
        <translation>Auf dem Tisch liegen gelassen gegenüber „%1“, der besten Option für alle: Sie %2, Ihr Kunde %3, Kunde Ihres Kunden %4; zusammen %5 (eine negative Zahl: mehr, als jene Option gibt).</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::OptionsByPartyModel</name>
    <message>
        <source>%1: the value of this option, against the %2</source>
        <translation>%1: der Wert dieser Option, gemessen an %2</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>What the option means for you and your customer together</source>
        <translation>Was die Option für Sie und Ihren Kunden zusammen bedeutet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Gesamtergebnis</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <source>What the option is worth to the party; empty when not assessed</source>
        <translation>Was die Option der Partei wert ist; leer, solange nicht bewertet</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>The party&apos;s reference point: your walk-away point, your customer&apos;s best alternative, their customer&apos;s status quo</source>
        <translation>Der Bezugspunkt der Partei: Ihre Ausstiegsgrenze, die beste Alternative Ihres Kunden, der Status quo seiner Kunden</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Bezugspunkt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
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
    <message>
        <source>Not assessed yet: type the %1 (0 is a figure too).</source>
        <translation>Noch nicht bewertet: Geben Sie %1 ein (auch 0 ist ein Wert).</translation>
    </message>
    <message>
        <source>No result until both the value and the %1 are entered.</source>
        <translation>Kein Ergebnis, solange nicht Wert und %1 eingetragen sind.</translation>
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
    <name>Triplewin::Core::PartyPreparation</name>
    <message>
        <source>Not said</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Gering</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>%1: basis not said</source>
        <translation>%1: Grundlage nicht angegeben</translation>
    </message>
    <message>
        <source>%1 based on: %2</source>
        <translation>%1 beruht auf: %2</translation>
    </message>
    <message>
        <source>%1 (confidence: %2)</source>
        <translation>%1 (Sicherheit: %2)</translation>
    </message>
    <message>
        <source>Interests: %1.</source>
        <translation>Interessen: %1.</translation>
    </message>
    <message>
        <source>Relationship: %1</source>
        <translation>Beziehung: %1</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::RelationalQuotient</name>
    <message>
        <source>walked away</source>
        <translation>ausgestiegen</translation>
    </message>
    <message>
        <source>&lt;p&gt;The relational quotient (RQ) scores how co-operative your ended deals were, from 0 to 100. Each deal counts with a weight, and the RQ is the average weight, rounded:&lt;/p&gt;&lt;p align=&quot;center&quot;&gt;&lt;b&gt;RQ = Σ weight × deals ÷ Σ deals&lt;/b&gt;&lt;/p&gt;&lt;table cellpadding=&quot;3&quot;&gt;&lt;tr&gt;&lt;td&gt;win-win-win&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;win/win&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;walked away transparently&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;lose/win (a concession)&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;win/lose (a hard bargain)&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;lose/lose&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Deals where everyone gains raise your RQ above the neutral 50; deals where someone at the table loses lower it. A transparent walk-away counts in your favour: saying openly that no win/win exists builds the relationship. Only the outcome frozen when a deal ended counts, and only when it is known: a deal that ended without a value for each party (won or lost in a CRM, closed with a value missing) waits in the coach&apos;s list to assess and does not count until it is assessed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Beziehungsquotient (RQ) bewertet auf einer Skala von 0 bis 100, wie kooperativ Ihre beendeten Deals waren. Jeder Deal zählt mit einem Gewicht, und der RQ ist das durchschnittliche Gewicht, gerundet:&lt;/p&gt;&lt;p align=&quot;center&quot;&gt;&lt;b&gt;RQ = Σ Gewicht × Deals ÷ Σ Deals&lt;/b&gt;&lt;/p&gt;&lt;table cellpadding=&quot;3&quot;&gt;&lt;tr&gt;&lt;td&gt;win-win-win&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;win/win&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;transparenter Ausstieg&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;lose/win (ein Zugeständnis)&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;win/lose (ein harter Deal)&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;lose/lose&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Deals, bei denen alle gewinnen, heben Ihren RQ über den neutralen Wert 50; Deals, bei denen jemand am Tisch verliert, senken ihn. Ein transparenter Ausstieg zählt zu Ihren Gunsten: Offen zu sagen, dass es kein win/win gibt, stärkt die Beziehung. Es zählt nur das Gesamtergebnis, das beim Beenden eines Deals festgeschrieben wurde, und nur, wenn es bekannt ist: Ein Deal, der ohne Wert für jede Partei endete (im CRM gewonnen oder verloren, mit fehlendem Wert abgeschlossen), wartet in der Liste des Coachs auf seine Bewertung und zählt erst, wenn er bewertet ist.&lt;/p&gt;</translation>
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
    <name>Triplewin::Core::RoomServer</name>
    <message>
        <source>This address takes only %1.</source>
        <translation>Diese Adresse akzeptiert nur %1.</translation>
    </message>
    <message>
        <source>Cannot open the room on %1, port %2: %3</source>
        <translation>Der Raum kann auf %1, Port %2, nicht geöffnet werden: %3</translation>
    </message>
    <message>
        <source>Too many requests from this device; wait a moment.</source>
        <translation>Zu viele Anfragen von diesem Gerät; warten Sie einen Moment.</translation>
    </message>
    <message>
        <source>There is no room at this address; check the code.</source>
        <translation>Unter dieser Adresse gibt es keinen Raum; prüfen Sie den Code.</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>Die Anfrage ist zu groß.</translation>
    </message>
    <message>
        <source>There is nothing at this address.</source>
        <translation>Unter dieser Adresse gibt es nichts.</translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation>Die Anfrage ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>A nickname is text.</source>
        <translation>Ein Spitzname muss ein Text sein.</translation>
    </message>
    <message>
        <source>Join the room first.</source>
        <translation>Treten Sie zuerst dem Raum bei.</translation>
    </message>
    <message>
        <source>The room has moved on to another scenario.</source>
        <translation>Im Raum geht es inzwischen um ein anderes Szenario.</translation>
    </message>
    <message>
        <source>The vote is closed.</source>
        <translation>Die Abstimmung ist geschlossen.</translation>
    </message>
    <message>
        <source>This device has joined the room already.</source>
        <translation>Dieses Gerät ist dem Raum schon beigetreten.</translation>
    </message>
    <message>
        <source>Triplewin workshop room</source>
        <translation>Triplewin-Workshopraum</translation>
    </message>
    <message>
        <source>Join the workshop room</source>
        <translation>Dem Workshopraum beitreten</translation>
    </message>
    <message>
        <source>Your answers are anonymous unless you give a nickname.</source>
        <translation>Ihre Antworten bleiben anonym, solange Sie keinen Spitznamen angeben.</translation>
    </message>
    <message>
        <source>Nickname (optional)</source>
        <translation>Spitzname (freiwillig)</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <source>You are in</source>
        <translation>Sie sind dabei</translation>
    </message>
    <message>
        <source>Wait for the trainer to ask the room.</source>
        <translation>Warten Sie, bis die Trainerin oder der Trainer die Gruppe fragt.</translation>
    </message>
    <message>
        <source>For each option: does each party win, break even or lose against its own walk-away point? You can change your answers until the trainer closes the vote.</source>
        <translation>Für jede Option: Gewinnt jede Partei, bleibt sie ausgeglichen oder verliert sie gegenüber ihrem eigenen Ausstiegspunkt? Sie können Ihre Antworten ändern, bis die Abstimmung geschlossen wird.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Win</source>
        <translation>Gewinn</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>Ausgeglichen</translation>
    </message>
    <message>
        <source>Lose</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Option %1: %2</source>
        <translation>Option %1: %2</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>It was: %1</source>
        <translation>Richtig: %1</translation>
    </message>
    <message>
        <source>It was: %1 — you were right.</source>
        <translation>Richtig: %1 — Sie lagen richtig.</translation>
    </message>
    <message>
        <source>It was: %1 — you said %2.</source>
        <translation>Richtig: %1 — Sie sagten %2.</translation>
    </message>
    <message>
        <source>Your answers are in. You can still change them.</source>
        <translation>Ihre Antworten sind angekommen. Sie können sie noch ändern.</translation>
    </message>
    <message>
        <source>Saved. Answer the others too.</source>
        <translation>Gespeichert. Beantworten Sie auch die übrigen.</translation>
    </message>
    <message>
        <source>Not joined yet.</source>
        <translation>Noch nicht beigetreten.</translation>
    </message>
    <message>
        <source>Joined. Waiting for a question.</source>
        <translation>Beigetreten. Warten auf eine Frage.</translation>
    </message>
    <message>
        <source>The vote is open.</source>
        <translation>Die Abstimmung ist offen.</translation>
    </message>
    <message>
        <source>The vote is closed: here is how it came out.</source>
        <translation>Die Abstimmung ist geschlossen: So ist es ausgegangen.</translation>
    </message>
    <message>
        <source>Joined.</source>
        <translation>Beigetreten.</translation>
    </message>
    <message>
        <source>The room answered %1.</source>
        <translation>Der Raum antwortete %1.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::RoomVotes</name>
    <message>
        <source>(not named)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>%1 sells to %2, who serves %3.</source>
        <translation>%1 verkauft an %2; dieser Kunde ist für %3 da.</translation>
    </message>
    <message>
        <source>A nickname has at most %1 characters.</source>
        <translation>Ein Spitzname hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The room is full (%1 participants).</source>
        <translation>Der Raum ist voll (%1 Teilnehmende).</translation>
    </message>
    <message>
        <source>Join the room first.</source>
        <translation>Treten Sie zuerst dem Raum bei.</translation>
    </message>
    <message>
        <source>The room has moved on to another scenario.</source>
        <translation>Im Raum geht es inzwischen um ein anderes Szenario.</translation>
    </message>
    <message>
        <source>The vote is closed.</source>
        <translation>Die Abstimmung ist geschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>Expected answers for %n option(s).</source>
        <translation>
            <numerusform>Erwartet werden Antworten für %n Option.</numerusform>
            <numerusform>Erwartet werden Antworten für %n Optionen.</numerusform>
        </translation>
    </message>
    <message>
        <source>“answers” must be a list with one entry per option.</source>
        <translation>„answers“ muss eine Liste mit einem Eintrag pro Option sein.</translation>
    </message>
    <message>
        <source>Each option takes three answers, one per party.</source>
        <translation>Jede Option braucht drei Antworten, eine je Partei.</translation>
    </message>
    <message>
        <source>An answer is “win”, “even”, “lose” or empty.</source>
        <translation>Eine Antwort ist „win“, „even“, „lose“ oder leer.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::ScenarioPack</name>
    <message>
        <source>top level</source>
        <translation>oberste Ebene</translation>
    </message>
    <message>
        <source>unknown field (expected one of: %1)</source>
        <translation>unbekanntes Feld (erwartet wird eines von: %1)</translation>
    </message>
    <message>
        <source>missing (an object is required)</source>
        <translation>fehlt (ein Objekt ist erforderlich)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>missing (a list is required)</source>
        <translation>fehlt (eine Liste ist erforderlich)</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>missing (text is required)</source>
        <translation>fehlt (Text ist erforderlich)</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>missing (an amount is required)</source>
        <translation>fehlt (ein Betrag ist erforderlich)</translation>
    </message>
    <message>
        <source>must be an amount such as 1200.50, or null when not assessed</source>
        <translation>muss ein Betrag wie 1200.50 sein, oder null, wenn nicht bewertet</translation>
    </message>
    <message>
        <source>must be an amount such as 1200.50</source>
        <translation>muss ein Betrag wie 1200.50 sein</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>%1 has more than two decimals</source>
        <translation>%1 hat mehr als zwei Nachkommastellen</translation>
    </message>
    <message>
        <source>must be “low”, “medium” or “high”, not “%1”</source>
        <translation>muss „low“, „medium“ oder „high“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>must list 1 to %1 options, not %2</source>
        <translation>muss 1 bis %1 Optionen enthalten, nicht %2</translation>
    </message>
    <message>
        <source>“%1” is used by another option of this deal</source>
        <translation>“%1” wird bereits von einer anderen Option dieses Deals verwendet</translation>
    </message>
    <message>
        <source>“%1” is not an outcome (win_win_win, win_win, win_lose, lose_win, lose_lose, unknown)</source>
        <translation>“%1” ist kein Gesamtergebnis (win_win_win, win_win, win_lose, lose_win, lose_lose, unknown)</translation>
    </message>
    <message>
        <source>“%1” is not another option of this deal</source>
        <translation>„%1“ ist keine andere Option dieses Deals</translation>
    </message>
    <message>
        <source>“%1” is not a date such as 2026-03-14</source>
        <translation>“%1” ist kein Datum wie 2026-03-14</translation>
    </message>
    <message>
        <source>an ended deal needs either &quot;agreed&quot; (the option agreed at closing) or &quot;walkedAway&quot;: true, not both</source>
        <translation>ein beendeter Deal braucht entweder &quot;agreed&quot; (die beim Abschluss vereinbarte Option) oder &quot;walkedAway&quot;: true, nicht beides</translation>
    </message>
    <message>
        <source>no option of this deal is named “%1”</source>
        <translation>keine Option dieses Deals heißt “%1”</translation>
    </message>
    <message>
        <source>“%1” is not a valid id: use lower-case letters, digits and &apos;-&apos; (for example &quot;discount-squeeze&quot;)</source>
        <translation>“%1” ist keine gültige ID: Verwenden Sie Kleinbuchstaben, Ziffern und &apos;-&apos; (zum Beispiel &quot;discount-squeeze&quot;)</translation>
    </message>
    <message>
        <source>“%1” is not a habit (%2)</source>
        <translation>“%1” ist keine Gewohnheit (%2)</translation>
    </message>
    <message>
        <source>this scenario teaches a walk-away (&quot;walkAway&quot;: true), but this option is a %1</source>
        <translation>dieses Szenario lehrt den Ausstieg (&quot;walkAway&quot;: true), aber diese Option ergibt %1</translation>
    </message>
    <message numerus="yes">
        <source>lists %n deal(s); at most %1 are allowed</source>
        <translation>
            <numerusform>führt %n Deal auf; höchstens %1 sind erlaubt</numerusform>
            <numerusform>führt %n Deals auf; höchstens %1 sind erlaubt</numerusform>
        </translation>
    </message>
    <message>
        <source>must hold at least one question</source>
        <translation>muss mindestens eine Frage enthalten</translation>
    </message>
    <message>
        <source>must be a question (non-empty text)</source>
        <translation>muss eine Frage sein (nicht leerer Text)</translation>
    </message>
    <message>
        <source>“%1” is not a Triplewin scenario pack (expected &quot;%2&quot;)</source>
        <translation>“%1” ist kein Triplewin-Szenariopaket (erwartet: &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>must be a whole number such as %1</source>
        <translation>muss eine ganze Zahl wie %1 sein</translation>
    </message>
    <message>
        <source>version %1 was written by a newer Triplewin (this one reads up to version %2); update Triplewin to open it</source>
        <translation>Version %1 wurde von einer neueren Triplewin-Version geschrieben (diese liest bis Version %2); aktualisieren Sie Triplewin, um sie zu öffnen</translation>
    </message>
    <message>
        <source>must hold at least one scenario</source>
        <translation>muss mindestens ein Szenario enthalten</translation>
    </message>
    <message>
        <source>“%1” is the id of another scenario</source>
        <translation>“%1” ist die ID eines anderen Szenarios</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Verkäufer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Customer&apos;s customer</source>
        <translation>Kunde des Kunden</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>is empty; a scenario pack is a JSON object</source>
        <translation>ist leer; ein Szenariopaket ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>must be a JSON object with &quot;format&quot;: &quot;%1&quot;</source>
        <translation>muss ein JSON-Objekt mit &quot;format&quot;: &quot;%1&quot; sein</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>is %1 MB; scenario packs are at most 16 MB</source>
        <translation>ist %1 MB groß; Szenariopakete dürfen höchstens 16 MB groß sein</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>must be “you”, “customer” or “customersCustomer”, not “%1”</source>
        <translation>muss „you“, „customer“ oder „customersCustomer“ sein, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::ScriptRepository</name>
    <message>
        <source>Loading the walk-away script failed</source>
        <translation>Laden des Gesprächsleitfadens zum transparenten Ausstieg fehlgeschlagen</translation>
    </message>
    <message>
        <source>Keeping the walk-away script failed</source>
        <translation>Speichern des Gesprächsleitfadens zum transparenten Ausstieg fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::TeamHistoryModel</name>
    <message>
        <source>Salesperson</source>
        <translation>Verkäufer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Gesamtergebnis</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Beendet</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::TeamHistoryRepository</name>
    <message>
        <source>Reading the team history failed</source>
        <translation>Lesen des Team-Verlaufs fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::TeamServer</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql), so Triplewin cannot connect to a team server.</source>
        <translation>Der PostgreSQL-Treiber von Qt ist nicht installiert (Debian: libqt6sql6-psql), daher kann Triplewin keine Verbindung zu einem Team-Server herstellen.</translation>
    </message>
    <message>
        <source>Cannot connect to the team server %1.</source>
        <translation>Keine Verbindung zum Team-Server %1.</translation>
    </message>
    <message>
        <source>Cannot use the team server.</source>
        <translation>Der Team-Server ist nicht nutzbar.</translation>
    </message>
    <message>
        <source>The team server %1 was set up by a newer version of Triplewin (server schema %2; this version knows up to %3). Nothing was changed: update Triplewin to use it.</source>
        <translation>Der Team-Server %1 wurde von einer neueren Triplewin-Version eingerichtet (Server-Schema %2; diese Version kennt bis %3). Nichts wurde geändert: Aktualisieren Sie Triplewin, um ihn zu nutzen.</translation>
    </message>
    <message>
        <source>Reading the team server&apos;s schema version failed.</source>
        <translation>Die Schema-Version des Team-Servers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The server setup script %1 is missing.</source>
        <translation>Das Einrichtungsskript %1 des Servers fehlt.</translation>
    </message>
    <message>
        <source>Setting up the team server failed in %1; nothing of the setup was kept.</source>
        <translation>Die Einrichtung des Team-Servers ist in %1 fehlgeschlagen; von der Einrichtung wurde nichts übernommen.</translation>
    </message>
    <message>
        <source>Setting up the team server failed.</source>
        <translation>Die Einrichtung des Team-Servers ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Adding the login “%1” failed.</source>
        <translation>Die Anmeldung „%1“ konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>A login name needs 1 to 63 characters; “%1” has %2.</source>
        <translation>Ein Anmeldename braucht 1 bis 63 Zeichen; „%1“ hat %2.</translation>
    </message>
    <message>
        <source>The server&apos;s connection string cannot be read: %1 Write it as key=value pairs, for example “host=db.example.com port=5432 dbname=sales user=dana sslmode=require”.</source>
        <translation>Die Verbindungsangabe des Servers ist nicht lesbar: %1 Schreiben Sie sie als Schlüssel=Wert-Paare, zum Beispiel „host=db.example.com port=5432 dbname=sales user=dana sslmode=require“.</translation>
    </message>
    <message>
        <source>a URI is not supported here.</source>
        <translation>eine URI wird hier nicht unterstützt.</translation>
    </message>
    <message>
        <source>“%1” (at character %2) has no “=value”.</source>
        <translation>„%1“ (bei Zeichen %2) hat kein „=Wert“.</translation>
    </message>
    <message>
        <source>the quoted value of “%1” is not closed.</source>
        <translation>der Wert in Anführungszeichen von „%1“ ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>The connection string holds a password. Leave it out: Triplewin asks for it, or libpq reads it from ~/.pgpass or PGPASSWORD, so it is never kept in plain settings or shell history.</source>
        <translation>Die Verbindungsangabe enthält ein Passwort. Lassen Sie es weg: Triplewin fragt danach, oder libpq liest es aus ~/.pgpass oder PGPASSWORD, damit es nie im Klartext in Einstellungen oder im Shell-Verlauf steht.</translation>
    </message>
    <message>
        <source>the port “%1” is not a number from 1 to 65535.</source>
        <translation>der Port „%1“ ist keine Zahl von 1 bis 65535.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::WalkAwayScript</name>
    <message>
        <source>%1 %2</source>
        <comment>amount, currency</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No options have been written down for this deal yet. Before walking away, say which ways of doing this deal you explored, even informally.</source>
        <translation>Für diesen Deal sind noch keine Optionen notiert. Bevor Sie aussteigen, nennen Sie die Wege, die Sie für diesen Deal geprüft haben, auch wenn es nur informell war.</translation>
    </message>
    <message>
        <source>The options we explored (%1):</source>
        <translation>Die Optionen, die wir geprüft haben (%1):</translation>
    </message>
    <message>
        <source>What we need: this deal has to be worth at least %1 to us; below that we would be better off without it.</source>
        <translation>Was wir brauchen: Dieser Deal muss uns mindestens %1 wert sein; darunter stünden wir ohne ihn besser da.</translation>
    </message>
    <message>
        <source>What matters for %1: to be no worse off than today.</source>
        <translation>Worauf es für %1 ankommt: nicht schlechter dazustehen als heute.</translation>
    </message>
    <message>
        <source>What we tried: %1.</source>
        <translation>Was wir versucht haben: %1.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Bestandsaufnahme</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>Transparency</source>
        <translation>Transparenz</translation>
    </message>
    <message>
        <source>The proposal</source>
        <translation>Der Vorschlag</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wie es weitergeht</translation>
    </message>
    <message>
        <source>We have not found an option that is good for both of us. If no win/win can be found, it is better for both of us not to do this deal this time. That is not the end of our relationship: the door stays open.</source>
        <translation>Wir haben keine Option gefunden, die für uns beide gut ist. Wenn sich kein win/win finden lässt, ist es für uns beide besser, diesen Deal diesmal nicht abzuschließen. Das ist nicht das Ende unserer Beziehung: Die Tür bleibt offen.</translation>
    </message>
    <message>
        <source>At least one option looked good for both of us, yet we cannot agree on it. Rather than push either side into a loss, we propose not to do this deal this time. The door stays open.</source>
        <translation>Mindestens eine Option sah für uns beide gut aus, und doch können wir uns nicht darauf einigen. Statt eine Seite in einen Verlust zu drängen, schlagen wir vor, diesen Deal diesmal nicht abzuschließen. Die Tür bleibt offen.</translation>
    </message>
    <message>
        <source>What would need to change: %1</source>
        <translation>Was sich ändern müsste: %1</translation>
    </message>
    <message>
        <source>Let us talk again on %1.</source>
        <translation>Lassen Sie uns am %1 wieder miteinander sprechen.</translation>
    </message>
    <message>
        <source>Transparent walk-away: %1</source>
        <translation>Transparenter Ausstieg: %1</translation>
    </message>
    <message>
        <source>We have not been able to assess yet whether any option is good for both of us. Until we can, it is better for both of us not to commit to this deal. That is not the end of our relationship: the door stays open.</source>
        <translation>Wir konnten noch nicht einschätzen, ob eine Option für uns beide gut ist. Bis dahin ist es für uns beide besser, uns nicht auf diesen Deal festzulegen. Das ist nicht das Ende unserer Beziehung: Die Tür bleibt offen.</translation>
    </message>
    <message>
        <source>your customers</source>
        <translation>Ihre Kunden</translation>
    </message>
    <message>
        <source>What it would be worth to us, we do not know yet.</source>
        <translation>Was es uns wert wäre, wissen wir noch nicht.</translation>
    </message>
    <message>
        <source>What it would be worth to you, we do not know yet.</source>
        <translation>Was es Ihnen wert wäre, wissen wir noch nicht.</translation>
    </message>
    <message>
        <source>What it would mean for %1, we do not know yet.</source>
        <translation>Was es für %1 bedeuten würde, wissen wir noch nicht.</translation>
    </message>
    <message>
        <source>For us, it brings %1 more than our walk-away point (%2 against %3).</source>
        <translation>Für uns liegt es %1 über unserem Ausstiegspunkt (%2 gegenüber %3).</translation>
    </message>
    <message>
        <source>For us, it falls %1 short of our walk-away point (%2 against %3).</source>
        <translation>Für uns bleibt es %1 unter unserem Ausstiegspunkt (%2 gegenüber %3).</translation>
    </message>
    <message>
        <source>For us, it only just reaches our walk-away point (%1 against %2).</source>
        <translation>Für uns erreicht es gerade eben unseren Ausstiegspunkt (%1 gegenüber %2).</translation>
    </message>
    <message>
        <source>For you, it brings %1 more than your best alternative (%2 against %3).</source>
        <translation>Für Sie bringt es %1 mehr als Ihre beste Alternative (%2 gegenüber %3).</translation>
    </message>
    <message>
        <source>For you, it falls %1 short of your best alternative (%2 against %3).</source>
        <translation>Für Sie bleibt es %1 unter Ihrer besten Alternative (%2 gegenüber %3).</translation>
    </message>
    <message>
        <source>For you, it is about as good as your best alternative (%1 against %2).</source>
        <translation>Für Sie ist es etwa so gut wie Ihre beste Alternative (%1 gegenüber %2).</translation>
    </message>
    <message>
        <source>For %1, it is %2 better than today.</source>
        <translation>Für %1 ist es %2 besser als heute.</translation>
    </message>
    <message>
        <source>For %1, it is %2 worse than today.</source>
        <translation>Für %1 ist es %2 schlechter als heute.</translation>
    </message>
    <message>
        <source>For %1, it changes little from today.</source>
        <translation>Für %1 ändert sich gegenüber heute wenig.</translation>
    </message>
    <message>
        <source>• %1:</source>
        <translation>• %1:</translation>
    </message>
    <message>
        <source>Some of these figures we do not know yet, and we would rather say so than guess.</source>
        <translation>Einige dieser Zahlen kennen wir noch nicht, und wir sagen das lieber offen, als zu raten.</translation>
    </message>
    <message>
        <source>What we need: (not estimated yet: decide your walk-away point before the meeting).</source>
        <translation>Was wir brauchen: (noch nicht geschätzt: Legen Sie Ihren Ausstiegspunkt vor dem Termin fest.)</translation>
    </message>
    <message>
        <source>What you need, as we understand it: at least %1, what your best alternative gives you.</source>
        <translation>Was Sie brauchen, so wie wir es verstehen: mindestens %1, so viel wie Ihnen Ihre beste Alternative bringt.</translation>
    </message>
    <message>
        <source>What you need: we have not understood that well enough yet. What is your best alternative to this deal?</source>
        <translation>Was Sie brauchen: Das haben wir noch nicht gut genug verstanden. Was ist Ihre beste Alternative zu diesem Deal?</translation>
    </message>
    <message>
        <source>I want to be open with you. We are committed to finding an outcome that is good for you and for us — not one where one side carries the cost.</source>
        <translation>Ich möchte offen zu Ihnen sein. Uns liegt an einem Ergebnis, das für Sie und für uns gut ist — nicht an einem, bei dem eine Seite die Kosten trägt.</translation>
    </message>
    <message>
        <source>What would need to change: (not written down yet: name what would make a deal good for both of us possible).</source>
        <translation>Was sich ändern müsste: (noch nicht notiert: Nennen Sie, was einen für beide Seiten guten Deal möglich machen würde.)</translation>
    </message>
    <message>
        <source>When shall we talk again?</source>
        <translation>Wann sprechen wir wieder miteinander?</translation>
    </message>
    <message>
        <source>What matters to us beyond the figure: %1.</source>
        <translation>Was uns über die Zahl hinaus wichtig ist: %1.</translation>
    </message>
    <message>
        <source>What matters to you, as we understand it: %1. Have we got that right?</source>
        <translation>Was Ihnen wichtig ist, so wie wir es verstehen: %1. Sehen wir das richtig?</translation>
    </message>
    <message>
        <source>What matters for %1: %2.</source>
        <translation>Was für %1 zählt: %2.</translation>
    </message>
    <message>
        <source>What matters for your customers: %1.</source>
        <translation>Was für Ihre Kunden zählt: %1.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::AccessibleNames</name>
    <message>
        <source>More tools</source>
        <translation>Weitere Werkzeuge</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::CloseDealDialog</name>
    <message>
        <source>Close “%1”</source>
        <translation>“%1” abschließen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Record the option you and your customer agreed on. Each party&apos;s result and the outcome are frozen now: later edits to the estimates do not rewrite history, and the coach counts this deal in your habits and relational quotient.</source>
        <translation>Halten Sie die Option fest, auf die Sie sich mit Ihrem Kunden geeinigt haben. Das Ergebnis jeder Partei und das Gesamtergebnis werden jetzt festgeschrieben: Spätere Änderungen an den Schätzungen schreiben die Geschichte nicht um, und der Coach berücksichtigt diesen Deal bei Ihren Gewohnheiten und Ihrem Beziehungsquotienten.</translation>
    </message>
    <message>
        <source>&amp;Agreed option:</source>
        <translation>&amp;Vereinbarte Option:</translation>
    </message>
    <message>
        <source>Closed &amp;on:</source>
        <translation>Abgeschlossen &amp;am:</translation>
    </message>
    <message>
        <source>Close Deal</source>
        <translation>Deal abschließen</translation>
    </message>
    <message>
        <source>This deal has no saved options to agree on.</source>
        <translation>Dieser Deal hat keine gespeicherten Optionen, auf die man sich einigen könnte.</translation>
    </message>
    <message>
        <source>Choose the option you agreed on</source>
        <translation>Wählen Sie die vereinbarte Option</translation>
    </message>
    <message>
        <source>Each party&apos;s result and the outcome appear here.</source>
        <translation>Hier erscheinen das Ergebnis jeder Partei und das Gesamtergebnis.</translation>
    </message>
    <message>
        <source>%1 against a %2 of %3</source>
        <translation>%1 gegenüber %2 von %3</translation>
    </message>
    <message>
        <source>not assessed: no value or no %1</source>
        <translation>nicht bewertet: kein Wert oder kein(e) %1</translation>
    </message>
    <message>
        <source>Wh&amp;y close on this option anyway?</source>
        <translation>&amp;Warum trotzdem mit dieser Option abschließen?</translation>
    </message>
    <message>
        <source>For example: the customer&apos;s budget ends this quarter and the renewal makes up for it.</source>
        <translation>Zum Beispiel: Das Budget des Kunden endet in diesem Quartal, und die Verlängerung gleicht es aus.</translation>
    </message>
    <message>
        <source>&amp;Walk Away Instead…</source>
        <translation>Stattdessen a&amp;ussteigen…</translation>
    </message>
    <message>
        <source>Leave without closing and prepare a transparent walk-away script</source>
        <translation>Ohne Abschluss gehen und ein transparentes Ausstiegsskript vorbereiten</translation>
    </message>
    <message>
        <source>Write why you close on this option anyway, or walk away instead</source>
        <translation>Schreiben Sie, warum Sie trotzdem mit dieser Option abschließen, oder steigen Sie stattdessen aus</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before you close on this option:&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;Closing on it is your call. Say why in a sentence: it stays in the deal&apos;s history, where your manager sees it. Or walk away transparently instead.</source>
        <translation>&lt;b&gt;Bevor Sie mit dieser Option abschließen:&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;Die Entscheidung liegt bei Ihnen. Sagen Sie in einem Satz, warum: Das bleibt im Verlauf des Deals, wo Ihre Führungskraft es sieht. Oder steigen Sie stattdessen transparent aus.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::ConcessionDialog</name>
    <message>
        <source>Add Concession</source>
        <translation>Zugeständnis erfassen</translation>
    </message>
    <message>
        <source>Change Concession</source>
        <translation>Zugeständnis ändern</translation>
    </message>
    <message>
        <source>e.g. free installation</source>
        <translation>z. B. kostenlose Installation</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Noch nichts</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <source>What was conceded</source>
        <translation>Was zugestanden wurde</translation>
    </message>
    <message>
        <source>Value to &amp;you (%1):</source>
        <translation>Wert für &amp;Sie (%1):</translation>
    </message>
    <message>
        <source>Value to your &amp;customer (%1):</source>
        <translation>Wert für Ihren &amp;Kunden (%1):</translation>
    </message>
    <message>
        <source>Value to &amp;their customer (%1):</source>
        <translation>Wert für d&amp;essen Kunden (%1):</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>Value to %1</source>
        <translation>Wert für %1</translation>
    </message>
    <message>
        <source>T&amp;raded for:</source>
        <translation>&amp;Getauscht gegen:</translation>
    </message>
    <message>
        <source>Traded for</source>
        <translation>Getauscht gegen</translation>
    </message>
    <message>
        <source>A cost is negative. Leave “Traded for” empty when nothing was received in return: the deal flags it.</source>
        <translation>Kosten sind negativ. Lassen Sie „Getauscht gegen“ leer, wenn nichts dafür zurückkam: Der Deal markiert es.</translation>
    </message>
    <message>
        <source>Say what was conceded.</source>
        <translation>Geben Sie an, was zugestanden wurde.</translation>
    </message>
    <message>
        <source>Value to %1: %2</source>
        <translation>Wert für %1: %2</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Nicht bekannt</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::ConcessionLedgerPanel</name>
    <message>
        <source>&amp;Add concession…</source>
        <translation>Z&amp;ugeständnis erfassen…</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>&amp;Remove concession</source>
        <translation>Zugeständnis ent&amp;fernen</translation>
    </message>
    <message>
        <source>Concessions</source>
        <translation>Zugeständnisse</translation>
    </message>
    <message>
        <source>Record a concession given or received (Ctrl+Shift+A)</source>
        <translation>Ein gegebenes oder erhaltenes Zugeständnis erfassen (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>Change the selected concession (Enter)</source>
        <translation>Das ausgewählte Zugeständnis ändern (Eingabe)</translation>
    </message>
    <message>
        <source>Remove the selected concession (Ctrl+Shift+Delete); Undo brings it back</source>
        <translation>Das ausgewählte Zugeständnis entfernen (Strg+Umschalt+Entf); Rückgängig holt es zurück</translation>
    </message>
    <message>
        <source>Add concession “%1”</source>
        <translation>Zugeständnis „%1“ erfassen</translation>
    </message>
    <message>
        <source>Change concession “%1”</source>
        <translation>Zugeständnis „%1“ ändern</translation>
    </message>
    <message>
        <source>Remove concession “%1”</source>
        <translation>Zugeständnis „%1“ entfernen</translation>
    </message>
    <message>
        <source>No concessions recorded. During the negotiation, record each one given or received and what it was traded for (Ctrl+Shift+A).</source>
        <translation>Keine Zugeständnisse erfasst. Erfassen Sie während der Verhandlung jedes gegebene und erhaltene Zugeständnis und wogegen es getauscht wurde (Strg+Umschalt+A).</translation>
    </message>
    <message>
        <source>Every concession you gave was traded for something.</source>
        <translation>Jedes Ihrer Zugeständnisse wurde gegen etwas getauscht.</translation>
    </message>
    <message numerus="yes">
        <source>%n concession(s) given with nothing received in return: %1. Ask for something in return before you give more.</source>
        <translation>
            <numerusform>%n Zugeständnis ohne Gegenleistung: %1. Verlangen Sie etwas dafür, bevor Sie mehr geben.</numerusform>
            <numerusform>%n Zugeständnisse ohne Gegenleistung: %1. Verlangen Sie etwas dafür, bevor Sie mehr geben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::DailyBackup</name>
    <message>
        <source>Today&apos;s backup was not made: %1</source>
        <translation>Die heutige Sicherung wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <source>Made today&apos;s backup.</source>
        <translation>Die heutige Sicherung wurde erstellt.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::DealBrief</name>
    <message>
        <source>Customer: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>nicht genannt</translation>
    </message>
    <message>
        <source>Their customer: %1</source>
        <translation>Kunde Ihres Kunden: %1</translation>
    </message>
    <message>
        <source>Salesperson: %1</source>
        <translation>Verkäufer: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Expected close: %1</source>
        <translation>Erwarteter Abschluss: %1</translation>
    </message>
    <message>
        <source>Amounts in %1</source>
        <translation>Beträge in %1</translation>
    </message>
    <message>
        <source>The three parties</source>
        <translation>Die drei Parteien</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Reference point</source>
        <translation>Referenzpunkt</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>No options yet.</source>
        <translation>Noch keine Optionen.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Going in</source>
        <translation>Für das Gespräch</translation>
    </message>
    <message>
        <source>Best option for all: &lt;b&gt;%1&lt;/b&gt; (%2). Nobody at either table loses with it.</source>
        <translation>Beste Option für alle: &lt;b&gt;%1&lt;/b&gt; (%2). Damit verliert an keinem der beiden Tische jemand.</translation>
    </message>
    <message>
        <source>No option is good for both you and your customer. The walk-away script&apos;s key lines:</source>
        <translation>Keine Option ist gut für Sie und Ihren Kunden. Die Kernsätze des Ausstiegsskripts:</translation>
    </message>
    <message>
        <source>Not every party is assessed yet: fill in the missing values and reference points before the meeting.</source>
        <translation>Noch sind nicht alle Parteien bewertet: Ergänzen Sie die fehlenden Werte und Referenzpunkte vor dem Gespräch.</translation>
    </message>
    <message>
        <source>Reference point (walk-away line)</source>
        <translation>Referenzpunkt (Ausstiegslinie)</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Deal brief: %1</source>
        <translation>Deal-Briefing: %1</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the PDF could not be started.</source>
        <translation>„%1“ kann nicht geschrieben werden: Das PDF ließ sich nicht beginnen.</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>not written down</source>
        <translation>nicht notiert</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1 to %2, by option</source>
        <translation>%1 bis %2, je nach Option</translation>
    </message>
    <message>
        <source>%1 against %2: &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>%1 gegenüber %2: &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Open concessions (given, nothing received in return yet):</source>
        <translation>Offene Zugeständnisse (gegeben, noch nichts dafür erhalten):</translation>
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
        <source>&lt;b&gt;No option is good for both you and your customer.&lt;/b&gt; Look for another option, or leave this deal honestly.</source>
        <translation>&lt;b&gt;Keine Option ist sowohl für Sie als auch für Ihren Kunden gut.&lt;/b&gt; Suchen Sie nach einer anderen Option, oder steigen Sie ehrlich aus diesem Deal aus.</translation>
    </message>
    <message>
        <source>Prepare a Transparent &amp;Walk-Away…</source>
        <translation>Transparenten Ausstieg vo&amp;rbereiten…</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>walked away</source>
        <translation>Ausstieg</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>Wiederaufnahme</translation>
    </message>
    <message>
        <source>%1 %2 by %3</source>
        <translation>%1 am %2 durch %3</translation>
    </message>
    <message>
        <source>History: %1.</source>
        <translation>Verlauf: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reopened&lt;/b&gt;: this deal is being negotiated again; its earlier ending stays in the history.</source>
        <translation>&lt;b&gt;Wieder aufgenommen&lt;/b&gt;: Über diesen Deal wird wieder verhandelt; sein früheres Ende bleibt im Verlauf.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coaching notes:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Coaching-Notizen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>on %1 by %2</source>
        <translation>am %1 von %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Walked away transparently&lt;/b&gt; %1: a good outcome, never counted as lost.</source>
        <translation>&lt;b&gt;Transparenter Ausstieg&lt;/b&gt; %1: ein gutes Ergebnis, das nie als Verlust zählt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Closed&lt;/b&gt; %1 with “%2”: &lt;b&gt;%3&lt;/b&gt; (you %4, your customer %5, their customer %6). Edits to the estimates do not change this record.</source>
        <translation>&lt;b&gt;Abgeschlossen&lt;/b&gt; %1 mit “%2”: &lt;b&gt;%3&lt;/b&gt; (Sie: %4, Ihr Kunde: %5, Kunde Ihres Kunden: %6). Spätere Änderungen an den Schätzungen wirken sich auf diesen Eintrag nicht aus.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>One row per way the deal could be struck</source>
        <translation>Eine Zeile je Weg, wie der Deal zustande kommen könnte</translation>
    </message>
    <message>
        <source>Interests and relationships</source>
        <translation>Interessen und Beziehungen</translation>
    </message>
    <message>
        <source>Options and preparation</source>
        <translation>Optionen und Vorbereitung</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>O&amp;ptionen</translation>
    </message>
    <message>
        <source>&amp;Interests and Relationships</source>
        <translation>Interessen und Be&amp;ziehungen</translation>
    </message>
    <message>
        <source>What each party needs and why, the relationship, and what each reference point is based on</source>
        <translation>Was jede Partei braucht und warum, die Beziehung, und worauf jeder Referenzpunkt beruht</translation>
    </message>
    <message>
        <source>&amp;Concessions</source>
        <translation>Zu&amp;geständnisse</translation>
    </message>
    <message>
        <source>Each concession given and received, and what it was traded for</source>
        <translation>Jedes gegebene und erhaltene Zugeständnis und wogegen es getauscht wurde</translation>
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
    <message>
        <source>Search deals by title or customer</source>
        <translation>Deals nach Titel oder Kunde suchen</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::DealSession</name>
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
    <message>
        <source>A new deal needs your name: enter it under Settings ▸ Your Name.</source>
        <translation>Ein neuer Deal braucht Ihren Namen: Tragen Sie ihn unter Einstellungen ▸ Ihr Name ein.</translation>
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
        <source>%1 (my copy)</source>
        <translation>%1 (meine Kopie)</translation>
    </message>
    <message>
        <source>Reloaded “%1” as stored.</source>
        <translation>“%1” wurde im gespeicherten Stand neu geladen.</translation>
    </message>
    <message>
        <source>Open Deal</source>
        <translation>Deal öffnen</translation>
    </message>
    <message>
        <source>Restored your unsaved changes. Save them with Ctrl+S.</source>
        <translation>Ihre ungespeicherten Änderungen wurden wiederhergestellt. Speichern Sie sie mit Strg+S.</translation>
    </message>
    <message>
        <source>The deal has unsaved changes. Save them first?</source>
        <translation>Der Deal enthält ungespeicherte Änderungen. Möchten Sie sie zuerst speichern?</translation>
    </message>
    <message>
        <source>Close Deal</source>
        <translation>Deal abschließen</translation>
    </message>
    <message>
        <source>Add the option you agreed on before closing the deal.</source>
        <translation>Fügen Sie die vereinbarte Option hinzu, bevor Sie den Deal abschließen.</translation>
    </message>
    <message>
        <source>Closed “%1”. The coach counts it from now on.</source>
        <translation>“%1” abgeschlossen. Der Coach berücksichtigt den Deal ab jetzt.</translation>
    </message>
    <message>
        <source>Transparent Walk-Away</source>
        <translation>Transparenter Ausstieg</translation>
    </message>
    <message>
        <source>Exported the script to %1.</source>
        <translation>Gesprächsleitfaden nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Reopen Deal</source>
        <translation>Deal wieder aufnehmen</translation>
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
        <source>The deal&apos;s history could not be read: %1</source>
        <translation>Der Verlauf des Deals konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Restore Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Your unsaved changes were kept, but the deal they belong to could not be read, so they were not restored: %1</source>
        <translation>Ihre ungespeicherten Änderungen wurden aufbewahrt, aber der zugehörige Deal konnte nicht gelesen werden, daher wurden sie nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>The team server does not answer, so %1 is not saved there yet. Your changes are kept on this computer: Triplewin saves them on the server as soon as it answers again, and if you quit before that, offers them back at the next start.</source>
        <translation>Der Team-Server antwortet nicht, daher ist %1 dort noch nicht gespeichert. Ihre Änderungen werden auf diesem Computer aufbewahrt: Triplewin speichert sie auf dem Server, sobald er wieder antwortet, und bietet sie beim nächsten Start wieder an, falls Sie vorher beenden.</translation>
    </message>
    <message>
        <source>the new deal</source>
        <translation>der neue Deal</translation>
    </message>
    <message>
        <source>The team server answers again.</source>
        <translation>Der Team-Server antwortet wieder.</translation>
    </message>
    <message>
        <source>The team server answers again, but “%1” was changed or removed there meanwhile. Save it to choose what to keep.</source>
        <translation>Der Team-Server antwortet wieder, aber „%1“ wurde dort inzwischen geändert oder entfernt. Speichern Sie, um zu wählen, was bleiben soll.</translation>
    </message>
    <message>
        <source>The team server answers again: “%1” is saved there.</source>
        <translation>Der Team-Server antwortet wieder: „%1“ ist dort gespeichert.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::DealTransfer</name>
    <message>
        <source>Import Deals</source>
        <translation>Deals importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Deals</source>
        <translation>Deals exportieren</translation>
    </message>
    <message>
        <source>deals.csv</source>
        <translation>deals.csv</translation>
    </message>
    <message>
        <source>Triplewin CSV (*.csv);;JSON (*.json)</source>
        <translation>Triplewin-CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>“%1” kann nicht geschrieben werden: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n deal(s) to %1.</source>
        <translation>
            <numerusform>%n Deal nach %1 exportiert.</numerusform>
            <numerusform>%n Deals nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge a Team Member&apos;s Database</source>
        <translation>Datenbank eines Teammitglieds zusammenführen</translation>
    </message>
    <message>
        <source>Triplewin databases (*.sqlite *.db);;All files (*)</source>
        <translation>Triplewin-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Merged %1.</source>
        <translation>%1 zusammengeführt.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Merged %1:&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 zusammengeführt:&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n new deal(s)</source>
        <translation>
            <numerusform>%n neuer Deal</numerusform>
            <numerusform>%n neue Deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed only here, kept</source>
        <translation>
            <numerusform>%n nur hier geändert, beibehalten</numerusform>
            <numerusform>%n nur hier geändert, beibehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n deal(s) changed on both sides&lt;/b&gt; and left as they are here:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n Deal wurde auf beiden Seiten geändert&lt;/b&gt; und bleibt hier, wie er ist:&lt;/p&gt;&lt;ul&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n Deals wurden auf beiden Seiten geändert&lt;/b&gt; und bleiben hier, wie sie sind:&lt;/p&gt;&lt;ul&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported “%1”: %2</source>
        <translation>„%1“ importiert: %2</translation>
    </message>
    <message>
        <source>Exporting deals…</source>
        <translation>Deals werden exportiert…</translation>
    </message>
    <message>
        <source>Export cancelled; “%1” was left as it was.</source>
        <translation>Export abgebrochen; “%1” blieb unverändert.</translation>
    </message>
    <message>
        <source>Merging “%1”…</source>
        <translation>“%1” wird zusammengeführt…</translation>
    </message>
    <message>
        <source>Merge cancelled: nothing of “%1” was merged.</source>
        <translation>Zusammenführen abgebrochen: Nichts aus “%1” wurde übernommen.</translation>
    </message>
    <message>
        <source>Move Deals to Team Server</source>
        <translation>Deals zum Team-Server übertragen</translation>
    </message>
    <message>
        <source>Moving the deals of “%1” to the team server…</source>
        <translation>Die Deals aus „%1“ werden zum Team-Server übertragen…</translation>
    </message>
    <message>
        <source>Cancelled before any deal of “%1” was moved.</source>
        <translation>Abgebrochen, bevor ein Deal aus „%1“ übertragen wurde.</translation>
    </message>
    <message>
        <source>Stopped moving “%1”: move it again to finish.</source>
        <translation>Übertragung von „%1“ angehalten: Übertragen Sie die Datei erneut, um sie abzuschließen.</translation>
    </message>
    <message>
        <source>Moved the deals of “%1” to the team server.</source>
        <translation>Die Deals aus „%1“ wurden zum Team-Server übertragen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Stopped on request. From %1, before that:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Auf Wunsch angehalten. Aus %1 bis dahin:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;From %1 to the team server:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aus %1 zum Team-Server:&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n already there, the same</source>
        <translation>
            <numerusform>%n schon dort, unverändert</numerusform>
            <numerusform>%n schon dort, unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n deal(s) not moved&lt;/b&gt;, as they differ on the server:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n Deal nicht übertragen&lt;/b&gt;, da er auf dem Server abweicht:&lt;/p&gt;&lt;ul&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n Deals nicht übertragen&lt;/b&gt;, da sie auf dem Server abweichen:&lt;/p&gt;&lt;ul&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Move the file again to finish: what is on the server already is not added twice.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Übertragen Sie die Datei erneut, um abzuschließen: Was schon auf dem Server ist, wird nicht doppelt hinzugefügt.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::DealViewer</name>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2 · salesperson %3 · %4 · expected close %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2 · Verkäufer %3 · %4 · voraussichtlicher Abschluss %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A coaching note for %1</source>
        <translation>Eine Coaching-Notiz für %1</translation>
    </message>
    <message>
        <source>&amp;Add Note</source>
        <translation>Notiz &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coaching notes&lt;/b&gt; (the salesperson sees them on the deal)</source>
        <translation>&lt;b&gt;Coaching-Notizen&lt;/b&gt; (der Verkäufer sieht sie beim Deal)</translation>
    </message>
    <message>
        <source>No coaching notes yet.</source>
        <translation>Noch keine Coaching-Notizen.</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>no customer named</source>
        <translation>kein Kunde angegeben</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>on %1 by %2</source>
        <translation>am %1 von %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;Walked away transparently %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Transparenter Ausstieg %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Closed %1 with “%2”: &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Abgeschlossen %1 mit “%2”: &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Coaching notes</source>
        <translation>Coaching-Notizen</translation>
    </message>
    <message>
        <source>New coaching note</source>
        <translation>Neue Coaching-Notiz</translation>
    </message>
    <message numerus="yes">
        <source>Concessions (%n given for nothing in return):</source>
        <translation>
            <numerusform>Zugeständnisse (%n ohne Gegenleistung):</numerusform>
            <numerusform>Zugeständnisse (%n ohne Gegenleistung):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::DraftKeeper</name>
    <message>
        <source>Your unsaved changes could not be kept as a draft: %1</source>
        <translation>Ihre ungespeicherten Änderungen konnten nicht als Entwurf aufbewahrt werden: %1</translation>
    </message>
    <message>
        <source>a new deal</source>
        <translation>einen neuen Deal</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Restore Unsaved Changes?</source>
        <translation>Ungespeicherte Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <source>Triplewin was closed unexpectedly while you were editing %1. Your changes from %2 were kept. Restore them?</source>
        <translation>Triplewin wurde unerwartet beendet, während Sie %1 bearbeitet haben. Ihre Änderungen vom %2 wurden aufbewahrt. Möchten Sie sie wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore Changes</source>
        <translation>Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>An old draft of your changes could not be removed: %1</source>
        <translation>Ein alter Entwurf Ihrer Änderungen konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>The folder for “%1” cannot be made.</source>
        <translation>Der Ordner für „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The copy of your changes on this computer could not be removed: %1</source>
        <translation>Die Kopie Ihrer Änderungen auf diesem Computer konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>The team server did not answer when you last edited %1, so your changes from %2 were kept on this computer. Restore them, to save them on the server?</source>
        <translation>Der Team-Server hat nicht geantwortet, als Sie %1 zuletzt bearbeitet haben, daher wurden Ihre Änderungen von %2 auf diesem Computer aufbewahrt. Wiederherstellen, um sie auf dem Server zu speichern?</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::EmptyStatePage</name>
    <message>
        <source>&amp;New Deal</source>
        <translation>&amp;Neuer Deal</translation>
    </message>
    <message>
        <source>No deals yet.</source>
        <translation>Noch keine Deals.</translation>
    </message>
    <message>
        <source>No deal is open.</source>
        <translation>Kein Deal geöffnet.</translation>
    </message>
    <message>
        <source>Create your first deal with New Deal (Ctrl+N): give it a title, add the options you could offer, and estimate what each option is worth to you, your customer and their customer. Triplewin shows who wins and who loses under each option.</source>
        <translation>Legen Sie Ihren ersten Deal mit „Neuer Deal“ (Strg+N) an: Geben Sie ihm einen Titel, fügen Sie die Optionen hinzu, die Sie anbieten könnten, und schätzen Sie, was jede Option für Sie, Ihren Kunden und dessen Kunden wert ist. Triplewin zeigt, wer bei welcher Option gewinnt und wer verliert.</translation>
    </message>
    <message>
        <source>Pick a deal from the list on the left, or start a new one with New Deal (Ctrl+N).</source>
        <translation>Wählen Sie links einen Deal aus der Liste, oder legen Sie mit „Neuer Deal“ (Strg+N) einen neuen an.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::EndingReasonFields</name>
    <message>
        <source>Choose the main reason (optional)</source>
        <translation>Hauptgrund wählen (freiwillig)</translation>
    </message>
    <message>
        <source>For example: their budget moved to next year</source>
        <translation>Zum Beispiel: Ihr Budget wurde ins nächste Jahr verschoben</translation>
    </message>
    <message>
        <source>&amp;Main reason:</source>
        <translation>&amp;Hauptgrund:</translation>
    </message>
    <message>
        <source>I&amp;n a few words:</source>
        <translation>In wenigen W&amp;orten:</translation>
    </message>
    <message>
        <source>Main reason the deal ended</source>
        <translation>Hauptgrund, warum der Deal endete</translation>
    </message>
    <message>
        <source>Why the deal ended, in a few words</source>
        <translation>Warum der Deal endete, in wenigen Worten</translation>
    </message>
    <message>
        <source>Clear the words</source>
        <translation>Die Worte löschen</translation>
    </message>
    <message>
        <source>Ending Reasons</source>
        <translation>Gründe für das Ende</translation>
    </message>
    <message>
        <source>The reasons offered when a deal is closed or walked away from, one per line, in the order to offer them. Empty the list to get the standard one back.</source>
        <translation>Die Gründe, die beim Abschluss oder Ausstieg angeboten werden, einer pro Zeile, in der angebotenen Reihenfolge. Leeren Sie die Liste, um die Standardliste zurückzubekommen.</translation>
    </message>
    <message>
        <source>Ending reasons, one per line</source>
        <translation>Gründe für das Ende, einer pro Zeile</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::GuideWindow</name>
    <message>
        <source>Triplewin User Guide</source>
        <translation>Triplewin-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Zurück (Alt+Links)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Vorwärts (Alt+Rechts)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::HabitSettingsDialog</name>
    <message>
        <source>Coaching Thresholds</source>
        <translation>Coaching-Schwellenwerte</translation>
    </message>
    <message>
        <source> ended deals</source>
        <translation> beendeten Deals</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source> deals</source>
        <translation> Deals</translation>
    </message>
    <message>
        <source>The coach looks at each salesperson&apos;s most recently ended deals and flags a habit when it shows up this often.</source>
        <translation>Der Coach betrachtet die zuletzt beendeten Deals jedes Verkäufers und meldet eine Gewohnheit, sobald sie so oft auftritt.</translation>
    </message>
    <message>
        <source>Look at the last:</source>
        <translation>Berücksichtigt werden die letzten:</translation>
    </message>
    <message>
        <source>Concession habit (lose/win) from:</source>
        <translation>Zugeständnis-Gewohnheit (lose/win) ab:</translation>
    </message>
    <message>
        <source>Hard-bargain habit (win/lose) from:</source>
        <translation>Gewohnheit harter Deals (win/lose) ab:</translation>
    </message>
    <message>
        <source>Chain blind spot from:</source>
        <translation>Blinder Fleck in der Kette ab:</translation>
    </message>
    <message>
        <source>Never walks away, losses from:</source>
        <translation>Steigt nie aus, Verluste ab:</translation>
    </message>
    <message>
        <source>Relational quotient over:</source>
        <translation>Beziehungsquotient über:</translation>
    </message>
    <message>
        <source> concessions</source>
        <translation> Zugeständnisse</translation>
    </message>
    <message>
        <source>Gives without getting, concessions given for nothing from:</source>
        <translation>Gibt, ohne zu bekommen, Zugeständnisse ohne Gegenleistung ab:</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::HabitsPanel</name>
    <message>
        <source>RQ</source>
        <translation>RQ</translation>
    </message>
    <message>
        <source>Whose habits to show</source>
        <translation>Wessen Gewohnheiten angezeigt werden</translation>
    </message>
    <message>
        <source>How is this computed?</source>
        <translation>Wie wird das berechnet?</translation>
    </message>
    <message>
        <source>RQ per month</source>
        <translation>RQ pro Monat</translation>
    </message>
    <message>
        <source>Coach for:</source>
        <translation>Coach für:</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>No relational quotient yet: it needs at least one ended deal.</source>
        <translation>Noch kein Beziehungsquotient: Dafür ist mindestens ein beendeter Deal nötig.</translation>
    </message>
    <message>
        <source>RQ per month, %1 – %2</source>
        <translation>RQ pro Monat, %1 – %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No ended deals yet for %1.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;When you close a deal with the option you agreed on, or walk away from one, the coach looks at your most recent ended deals and points out habits that are forming: giving in to close (lose/win), pushing customers into a loss (win/lose), forgetting their customer, never walking away. Each flag names the deals that show it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch keine beendeten Deals für %1.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Wenn Sie einen Deal mit der vereinbarten Option abschließen oder aus einem Deal aussteigen, betrachtet der Coach Ihre zuletzt beendeten Deals und weist auf Gewohnheiten hin, die sich herausbilden: nachgeben, um abzuschließen (lose/win), Kunden in einen Verlust drängen (win/lose), den Kunden Ihres Kunden vergessen, nie aussteigen. Jeder Hinweis nennt die Deals, die ihn belegen.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;No habits flagged.&lt;/b&gt; Your last %n ended deal(s) show no pattern of concessions, hard bargains, blind spots or avoided walk-aways. Keep it up.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Keine Gewohnheiten gemeldet.&lt;/b&gt; Geprüft wurde %n beendeter Deal; er zeigt kein Muster von Zugeständnissen, harten Deals, blinden Flecken oder vermiedenen Ausstiegen. Weiter so.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Keine Gewohnheiten gemeldet.&lt;/b&gt; Geprüft wurden Ihre letzten %n beendeten Deals; sie zeigen kein Muster von Zugeständnissen, harten Deals, blinden Flecken oder vermiedenen Ausstiegen. Weiter so.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>walked away</source>
        <translation>ausgestiegen</translation>
    </message>
    <message>
        <source>How the RQ is computed</source>
        <translation>So wird der RQ berechnet</translation>
    </message>
    <message numerus="yes">
        <source>Relational quotient over the last %n month(s).</source>
        <translation>
            <numerusform>Beziehungsquotient über den letzten Monat.</numerusform>
            <numerusform>Beziehungsquotient über die letzten %n Monate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended deals counted: %1.</source>
        <translation>Gezählte beendete Deals: %1.</translation>
    </message>
    <message>
        <source>Coach for salesperson</source>
        <translation>Coach für Verkäufer</translation>
    </message>
    <message>
        <source>Habits flagged</source>
        <translation>Gemeldete Gewohnheiten</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No assessed endings yet for %1.&lt;/b&gt; Habits and the RQ need deals whose value for each party is known.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch keine bewerteten beendeten Deals für %1.&lt;/b&gt; Gewohnheiten und der RQ brauchen Deals, deren Wert für jede Partei bekannt ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>To assess (%1)</source>
        <translation>Zu bewerten (%1)</translation>
    </message>
    <message>
        <source>These deals ended without a value for each party (won or lost in the CRM, or closed with a value missing), so they count in neither your habits nor your RQ. Open one, reopen it, enter the three values and close it again.</source>
        <translation>Diese Deals endeten ohne Wert für jede Partei (im CRM gewonnen oder verloren oder mit fehlendem Wert abgeschlossen) und zählen daher weder für Ihre Gewohnheiten noch für Ihren RQ. Öffnen Sie einen, eröffnen Sie ihn wieder, tragen Sie die drei Werte ein und schließen Sie ihn erneut ab.</translation>
    </message>
    <message>
        <source>These deals of %1 ended without a value for each party (won or lost in the CRM, or closed with a value missing), so they count in neither the habits nor the RQ above until they are assessed.</source>
        <translation>Diese Deals von %1 endeten ohne Wert für jede Partei (im CRM gewonnen oder verloren oder mit fehlendem Wert abgeschlossen) und zählen daher weder für die Gewohnheiten noch für den RQ oben, bis sie bewertet sind.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::ImportDialog</name>
    <message>
        <source>Deal title</source>
        <translation>Deal-Titel</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Verkäufer</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Abschlussdatum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Won / lost status</source>
        <translation>Status gewonnen / verloren</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Dates like 3/4/2026 are &amp;day first (3 April)</source>
        <translation>Datumsangaben wie 3/4/2026 beginnen mit dem &amp;Tag (3. April)</translation>
    </message>
    <message>
        <source>&amp;Skip bad rows and import the rest</source>
        <translation>&amp;Fehlerhafte Zeilen überspringen und den Rest importieren</translation>
    </message>
    <message>
        <source>Import Deals from “%1”</source>
        <translation>Deals aus “%1” importieren</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>The first deals as they will be imported:</source>
        <translation>Die ersten Deals so, wie sie importiert werden:</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>“%1” kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>None in the rows previewed.</source>
        <translation>Keine in den Zeilen der Vorschau.</translation>
    </message>
    <message>
        <source>Read as %1. Values for you, your customer and their customer are not in CRM exports: they come in as unknown for you to fill in. Won and lost deals come in as closed with an unknown outcome; lost never counts as walked away.</source>
        <translation>Gelesen als %1. Werte für Sie, Ihren Kunden und dessen Kunden sind nicht in CRM-Exporten enthalten: Sie werden als unbekannt importiert, damit Sie sie ergänzen. Gewonnene und verlorene Deals werden als abgeschlossen mit unbekanntem Gesamtergebnis importiert; verloren zählt nie als Ausstieg.</translation>
    </message>
    <message>
        <source>The columns were not recognised. Choose where the file comes from, or pick the columns by hand.</source>
        <translation>Die Spalten wurden nicht erkannt. Wählen Sie, woher die Datei stammt, oder wählen Sie die Spalten von Hand aus.</translation>
    </message>
    <message>
        <source>Importing deals…</source>
        <translation>Deals werden importiert…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was added.</source>
        <translation>Import abgebrochen: Es wurde nichts hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) cannot be read (listed above). Fix them, or choose to skip bad rows.</source>
        <translation>
            <numerusform>Es wurde nichts importiert: %n Zeile kann nicht gelesen werden (oben aufgeführt). Korrigieren Sie sie, oder lassen Sie fehlerhafte Zeilen überspringen.</numerusform>
            <numerusform>Es wurde nichts importiert: %n Zeilen können nicht gelesen werden (oben aufgeführt). Korrigieren Sie sie, oder lassen Sie fehlerhafte Zeilen überspringen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Preview of the first deals</source>
        <translation>Vorschau der ersten Deals</translation>
    </message>
    <message>
        <source>E&amp;xported from:</source>
        <translation>E&amp;xportiert aus:</translation>
    </message>
    <message>
        <source>As the file&apos;s amounts show</source>
        <translation>Wie die Beträge der Datei zeigen</translation>
    </message>
    <message>
        <source>Point: 1,234.50</source>
        <translation>Punkt: 1,234.50</translation>
    </message>
    <message>
        <source>Comma: 1.234,50</source>
        <translation>Komma: 1.234,50</translation>
    </message>
    <message>
        <source>Deci&amp;mal mark:</source>
        <translation>Dezi&amp;maltrennzeichen:</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) changed in the file in a way Triplewin did not apply: a status that changed in the CRM, or notes edited here. The deals here were kept as they are; the details list each one.</source>
        <translation>
            <numerusform>%n Deal hat sich in der Datei auf eine Weise geändert, die Triplewin nicht übernommen hat: ein im CRM geänderter Status oder hier bearbeitete Notizen. Die Deals hier blieben, wie sie sind; die Details nennen jeden einzelnen.</numerusform>
            <numerusform>%n Deals haben sich in der Datei auf eine Weise geändert, die Triplewin nicht übernommen hat: ein im CRM geänderter Status oder hier bearbeitete Notizen. Die Deals hier blieben, wie sie sind; die Details nennen jeden einzelnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Of the rows previewed: %1</source>
        <translation>Von den Zeilen in der Vorschau: %1</translation>
    </message>
    <message>
        <source>This file has no record IDs: a deal imported before is recognised by its owner, title and creation date, so a deal renamed in the CRM comes in as a new one.</source>
        <translation>Diese Datei hat keine Datensatz-IDs: Ein früher importierter Deal wird an Verantwortlichem, Titel und Erstellungsdatum erkannt, daher kommt ein im CRM umbenannter Deal als neuer Deal herein.</translation>
    </message>
    <message>
        <source>add</source>
        <translation>hinzufügen</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aktualisieren</translation>
    </message>
    <message>
        <source>leave (unchanged)</source>
        <translation>belassen (unverändert)</translation>
    </message>
    <message>
        <source>keep ours (see below)</source>
        <translation>unseren behalten (siehe unten)</translation>
    </message>
    <message>
        <source>Import will</source>
        <translation>Der Import wird</translation>
    </message>
    <message>
        <source>Rows that cannot be imported, and changes that will not be applied</source>
        <translation>Zeilen, die nicht importiert werden können, und Änderungen, die nicht übernommen werden</translation>
    </message>
    <message>
        <source>Rows that cannot be imported, and changes that will not be applied:</source>
        <translation>Zeilen, die nicht importiert werden können, und Änderungen, die nicht übernommen werden:</translation>
    </message>
    <message>
        <source>Deals already here whose change will not be applied:</source>
        <translation>Deals, die schon hier sind und deren Änderung nicht übernommen wird:</translation>
    </message>
    <message>
        <source>Importing… Nothing is kept until the whole file is in.</source>
        <translation>Import läuft… Nichts wird übernommen, bevor die ganze Datei eingelesen ist.</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Verlustgrund</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::JobProgress</name>
    <message>
        <source>“%1” is still running. Wait for it to finish, or cancel it, then try again.</source>
        <translation>„%1“ läuft noch. Warten Sie, bis es fertig ist, oder brechen Sie es ab, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Cancelling… nothing of it will be kept.</source>
        <translation>Wird abgebrochen… nichts davon wird übernommen.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
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
        <source>&amp;Save Deal</source>
        <translation>Deal &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Move Deal to Trash</source>
        <translation>Deal in den &amp;Papierkorb verschieben</translation>
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
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>&amp;Deal</source>
        <translation>Dea&amp;l</translation>
    </message>
    <message>
        <source>&amp;Close Deal…</source>
        <translation>Deal &amp;abschließen…</translation>
    </message>
    <message>
        <source>Prepare a Transparent &amp;Walk-Away…</source>
        <translation>Transparenten Ausstieg vo&amp;rbereiten…</translation>
    </message>
    <message>
        <source>Walk Away…</source>
        <translation>Aussteigen…</translation>
    </message>
    <message>
        <source>&amp;Reopen Deal</source>
        <translation>Deal &amp;wieder aufnehmen</translation>
    </message>
    <message>
        <source>Negotiate an ended deal again; its closing stays in the history</source>
        <translation>Einen beendeten Deal erneut verhandeln; sein Abschluss bleibt im Verlauf erhalten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Coach Panel</source>
        <translation>&amp;Coach-Bereich</translation>
    </message>
    <message>
        <source>&amp;Coaching Thresholds…</source>
        <translation>&amp;Coaching-Schwellenwerte…</translation>
    </message>
    <message>
        <source>&amp;Import Deals…</source>
        <translation>Deals &amp;importieren…</translation>
    </message>
    <message>
        <source>Import a CSV file: Triplewin&apos;s own, or a Salesforce, HubSpot or Pipedrive export</source>
        <translation>Eine CSV-Datei importieren: einen Triplewin-Export oder einen Export aus Salesforce, HubSpot oder Pipedrive</translation>
    </message>
    <message>
        <source>&amp;Export Deals…</source>
        <translation>Deals &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Team Review</source>
        <translation>&amp;Team-Überblick</translation>
    </message>
    <message>
        <source>&amp;Workshop Mode</source>
        <translation>&amp;Workshop-Modus</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restored the backup; the previous state is kept as a backup too.</source>
        <translation>Die Sicherung wurde wiederhergestellt; der vorherige Stand wird ebenfalls als Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Start preparing a new deal</source>
        <translation>Einen neuen Deal vorbereiten</translation>
    </message>
    <message>
        <source>Save the open deal</source>
        <translation>Den geöffneten Deal speichern</translation>
    </message>
    <message>
        <source>Move the open deal to the trash; Undo brings it back</source>
        <translation>Den geöffneten Deal in den Papierkorb verschieben; Rückgängig holt ihn zurück</translation>
    </message>
    <message>
        <source>Record the option you agreed on and freeze the outcome</source>
        <translation>Die vereinbarte Option festhalten und das Ergebnis festschreiben</translation>
    </message>
    <message>
        <source>Prepare an honest walk-away conversation from this deal&apos;s own data, then record it</source>
        <translation>Ein ehrliches Ausstiegsgespräch aus den Daten dieses Deals vorbereiten und dann festhalten</translation>
    </message>
    <message>
        <source>The whole team&apos;s deal history and dashboard, for sales managers</source>
        <translation>Deal-Verlauf und Übersicht des ganzen Teams, für Vertriebsleiter</translation>
    </message>
    <message>
        <source>Demo scenarios to a room in a sandbox; your deals are not shown or changed</source>
        <translation>Szenarien vor Publikum in einer Sandbox vorführen; Ihre Deals werden weder gezeigt noch geändert</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Sicherung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>%1 Saving waits until it is done.</source>
        <translation>%1 Speichern wartet, bis es fertig ist.</translation>
    </message>
    <message>
        <source>Quit Triplewin</source>
        <translation>Triplewin beenden</translation>
    </message>
    <message>
        <source>“%1” is still running. Cancel it and quit? Nothing of it will be kept.</source>
        <translation>„%1“ läuft noch. Abbrechen und beenden? Nichts davon wird übernommen.</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>Work on your team&apos;s shared deals on its PostgreSQL server</source>
        <translation>Mit den gemeinsamen Deals Ihres Teams auf dessen PostgreSQL-Server arbeiten</translation>
    </message>
    <message>
        <source>Open &amp;Local Database</source>
        <translation>&amp;Lokale Datenbank öffnen</translation>
    </message>
    <message>
        <source>Team server: %1</source>
        <translation>Team-Server: %1</translation>
    </message>
    <message>
        <source>%1 — Triplewin</source>
        <translation>%1 — Triplewin</translation>
    </message>
    <message>
        <source>%1[*] — %2 — Triplewin</source>
        <translation>%1[*] — %2 — Triplewin</translation>
    </message>
    <message>
        <source>Team server not answering: changes are kept on this computer</source>
        <translation>Team-Server antwortet nicht: Änderungen werden auf diesem Computer aufbewahrt</translation>
    </message>
    <message>
        <source>Copy the deals of a database file on this computer to the team server, under your login</source>
        <translation>Die Deals einer Datenbankdatei auf diesem Computer unter Ihrem Login auf den Team-Server kopieren</translation>
    </message>
    <message>
        <source>Mer&amp;ge a Team Member&apos;s Database…</source>
        <translation>Datenbank eines Team&amp;mitglieds zusammenführen…</translation>
    </message>
    <message>
        <source>&amp;Connect to Team Server…</source>
        <translation>Mit &amp;Team-Server verbinden…</translation>
    </message>
    <message>
        <source>Move &amp;Deals to Team Server…</source>
        <translation>Deals zum Team-Server ü&amp;bertragen…</translation>
    </message>
    <message>
        <source>Ask &amp;Why Before a Questionable Closing</source>
        <translation>Vor fragwürdigem Abschluss nach dem &amp;Warum fragen</translation>
    </message>
    <message>
        <source>Closing on an option below your or your customer&apos;s reference point, or on a dominated option, asks for a written reason first</source>
        <translation>Ein Abschluss mit einer Option unter Ihrem oder dem Referenzpunkt Ihres Kunden oder mit einer dominierten Option fragt zuerst nach einer schriftlichen Begründung</translation>
    </message>
    <message>
        <source>Export Deal &amp;Brief…</source>
        <translation>Deal-Brie&amp;fing exportieren…</translation>
    </message>
    <message>
        <source>A one-page PDF of the open deal for the meeting: parties, options, chart, walk-away</source>
        <translation>Ein einseitiges PDF des offenen Deals für das Gespräch: Parteien, Optionen, Diagramm, Ausstieg</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>%1 - brief.pdf</source>
        <translation>%1 - Briefing.pdf</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Export Deal Brief</source>
        <translation>Deal-Briefing exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote the brief to %1.</source>
        <translation>Das Briefing wurde nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Ending Reasons…</source>
        <translation>&amp;Gründe für das Ende…</translation>
    </message>
    <message>
        <source>Edit the short list of reasons offered when a deal ends</source>
        <translation>Die kurze Liste der Gründe bearbeiten, die beim Ende eines Deals angeboten werden</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>How to prepare a deal, review a team and run a workshop, with the rules in plain words (works offline)</source>
        <translation>Wie man einen Deal vorbereitet, ein Team begleitet und einen Workshop leitet, mit den Regeln in einfachen Worten (funktioniert offline)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The team server is not answering, so your changes are kept on this computer until it does. Choose the language again when it answers.</source>
        <translation>Der Teamserver antwortet nicht, daher werden Ihre Änderungen auf diesem Computer aufbewahrt, bis er wieder antwortet. Wählen Sie die Sprache erneut, sobald er antwortet.</translation>
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
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
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
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::PartyPreparationPanel</name>
    <message>
        <source>What you need and why, one per line</source>
        <translation>Was Sie brauchen und warum, eines pro Zeile</translation>
    </message>
    <message>
        <source>What your customer needs and why, one per line</source>
        <translation>Was Ihr Kunde braucht und warum, eines pro Zeile</translation>
    </message>
    <message>
        <source>What their customers need, one per line</source>
        <translation>Was dessen Kunden brauchen, eines pro Zeile</translation>
    </message>
    <message>
        <source>e.g. cost plus our minimum margin</source>
        <translation>z. B. Kosten plus unsere Mindestmarge</translation>
    </message>
    <message>
        <source>e.g. the competitor&apos;s quote</source>
        <translation>z. B. das Angebot des Wettbewerbers</translation>
    </message>
    <message>
        <source>e.g. what they get today</source>
        <translation>z. B. was sie heute bekommen</translation>
    </message>
    <message>
        <source>Interests:</source>
        <translation>Interessen:</translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation>Beziehung:</translation>
    </message>
    <message>
        <source>How sure:</source>
        <translation>Wie sicher:</translation>
    </message>
    <message>
        <source>%1: interests</source>
        <translation>%1: Interessen</translation>
    </message>
    <message>
        <source>%1: relationship</source>
        <translation>%1: Beziehung</translation>
    </message>
    <message>
        <source>History, trust, what is at stake next time</source>
        <translation>Vorgeschichte, Vertrauen, was beim nächsten Mal auf dem Spiel steht</translation>
    </message>
    <message>
        <source>%1: %2 based on</source>
        <translation>%1: %2 beruht auf</translation>
    </message>
    <message>
        <source>%1: how sure</source>
        <translation>%1: wie sicher</translation>
    </message>
    <message>
        <source>Reference point
based on:</source>
        <translation>Referenzpunkt
beruht auf:</translation>
    </message>
    <message>
        <source>e.g. cost plus margin</source>
        <translation>z. B. Kosten plus Marge</translation>
    </message>
    <message>
        <source>e.g. a rival&apos;s quote</source>
        <translation>z. B. Konkurrenzangebot</translation>
    </message>
    <message>
        <source>e.g. what they have today</source>
        <translation>z. B. ihr heutiger Stand</translation>
    </message>
    <message>
        <source>Change how sure for %1 to %2</source>
        <translation>Sicherheit für %1 auf %2 ändern</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::PresenterView</name>
    <message>
        <source>The customer came off worse last time</source>
        <translation>Der Kunde ist beim letzten Mal schlechter weggekommen</translation>
    </message>
    <message>
        <source>Triplewin Workshop — Presenter</source>
        <translation>Triplewin-Workshop — Präsentation</translation>
    </message>
    <message>
        <source>Space / → next    ← back    PgDn / PgUp next / previous scenario    1 2 3 role cards    Esc leave</source>
        <translation>Leertaste / → weiter    ← zurück    PgDn / PgUp nächstes / vorheriges Szenario    1 2 3 Rollenkarten    Esc beenden</translation>
    </message>
    <message>
        <source>No scenarios</source>
        <translation>Keine Szenarien</translation>
    </message>
    <message>
        <source>Import a scenario pack first.</source>
        <translation>Importieren Sie zuerst ein Szenariopaket.</translation>
    </message>
    <message>
        <source>The deal</source>
        <translation>Der Deal</translation>
    </message>
    <message>
        <source>Your guess</source>
        <translation>Ihre Einschätzung</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>Das Ergebnis</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Nachbesprechung</translation>
    </message>
    <message>
        <source>Scenario %1 of %2 · step %3 of %4: %5</source>
        <translation>Szenario %1 von %2 · Schritt %3 von %4: %5</translation>
    </message>
    <message>
        <source>Role card: %1</source>
        <translation>Rollenkarte: %1</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; sells to &lt;b&gt;%2&lt;/b&gt;, who serves &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; verkauft an &lt;b&gt;%2&lt;/b&gt;; dieser Kunde ist für &lt;b&gt;%3&lt;/b&gt; da.</translation>
    </message>
    <message>
        <source>The options on the table:</source>
        <translation>Die Optionen, die auf dem Tisch liegen:</translation>
    </message>
    <message>
        <source>Earlier deals of %1:</source>
        <translation>Frühere Deals von %1:</translation>
    </message>
    <message>
        <source>walked away transparently</source>
        <translation>transparent ausgestiegen</translation>
    </message>
    <message>
        <source>For each option: does each party &lt;b&gt;win&lt;/b&gt;, break &lt;b&gt;even&lt;/b&gt; or &lt;b&gt;lose&lt;/b&gt; against its own walk-away point?</source>
        <translation>Für jede Option: Macht jede Partei gemessen an ihrem eigenen Ausstiegspunkt einen &lt;b&gt;Gewinn&lt;/b&gt;, steht sie &lt;b&gt;ausgeglichen&lt;/b&gt; da oder macht sie einen &lt;b&gt;Verlust&lt;/b&gt;?</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The coach would flag: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Der Coach würde melden: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Confidential — for this role only:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vertraulich — nur für diese Rolle:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Press the same key or Esc to hide this card.</source>
        <translation>Drücken Sie dieselbe Taste oder Esc, um diese Karte auszublenden.</translation>
    </message>
    <message>
        <source>Concessions so far:</source>
        <translation>Zugeständnisse bisher:</translation>
    </message>
    <message numerus="yes">
        <source>, %n concession(s) given for nothing</source>
        <translation>
            <numerusform>, %n Zugeständnis ohne Gegenleistung</numerusform>
            <numerusform>, %n Zugeständnisse ohne Gegenleistung</numerusform>
        </translation>
    </message>
    <message>
        <source>Space / → next    ← back    PgDn / PgUp next / previous scenario    1 2 3 role cards    R room    Esc leave</source>
        <translation>Leertaste / → weiter    ← zurück    PgDn / PgUp nächstes / vorheriges Szenario    1 2 3 Rollenkarten    R Raum    Esc beenden</translation>
    </message>
    <message>
        <source>This presenter has no room.</source>
        <translation>Diese Präsentation hat keinen Raum.</translation>
    </message>
    <message>
        <source>Open the Room</source>
        <translation>Raum öffnen</translation>
    </message>
    <message>
        <source>The room was not opened. %1
Pick another port or network and try again.</source>
        <translation>Der Raum wurde nicht geöffnet. %1
Wählen Sie einen anderen Port oder ein anderes Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>QR code of the room&apos;s address, %1</source>
        <translation>QR-Code der Adresse des Raums, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n joined</source>
        <translation>
            <numerusform>%n Person beigetreten</numerusform>
            <numerusform>%n Personen beigetreten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 answered</source>
        <translation>%1 · %2 geantwortet</translation>
    </message>
    <message>
        <source>The room got every result right.</source>
        <translation>Die Gruppe hat jedes Ergebnis richtig eingeschätzt.</translation>
    </message>
    <message>
        <source>What the room got most wrong:</source>
        <translation>Wo die Gruppe am häufigsten danebenlag:</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 answered otherwise; it was &lt;b&gt;%5&lt;/b&gt;.</source>
        <translation>%1, %2: %3 von %4 antworteten anders; richtig war &lt;b&gt;%5&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>%1 · room %2 · %3</source>
        <translation>%1 · Raum %2 · %3</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::ProfileDialog</name>
    <message>
        <source>Welcome to Triplewin</source>
        <translation>Willkommen bei Triplewin</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Who is preparing deals here? New deals are filed under your name, and closings, walk-aways and coaching notes are signed with it. You can change it later under Settings ▸ Your Name.</source>
        <translation>Wer bereitet hier Deals vor? Neue Deals werden unter Ihrem Namen abgelegt, und Abschlüsse, Ausstiege und Coaching-Notizen werden damit gezeichnet. Sie können ihn später unter Einstellungen ▸ Ihr Name ändern.</translation>
    </message>
    <message>
        <source>New deals are filed under this name, and your closings, walk-aways and coaching notes are signed with it. Deals already recorded keep the name they were recorded with.</source>
        <translation>Neue Deals werden unter diesem Namen abgelegt, und Ihre Abschlüsse, Ausstiege und Coaching-Notizen werden damit gezeichnet. Bereits erfasste Deals behalten den Namen, mit dem sie erfasst wurden.</translation>
    </message>
    <message>
        <source>e.g. Dana Fischer</source>
        <translation>z. B. Dana Fischer</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>Deals are filed under your name, and closings, walk-aways and coaching notes are signed with it. It has not been set yet: who are you?</source>
        <translation>Deals werden unter Ihrem Namen abgelegt, und Abschlüsse, Ausstiege und Coaching-Notizen werden damit gezeichnet. Er ist noch nicht eingetragen: Wer sind Sie?</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::RehearsalView</name>
    <message>
        <source>Rehearse the Walk-Away</source>
        <translation>Den Ausstieg üben</translation>
    </message>
    <message>
        <source>The script is empty.</source>
        <translation>Der Gesprächsleitfaden ist leer.</translation>
    </message>
    <message>
        <source>Space or → next step    ← back    Esc leave</source>
        <translation>Leertaste oder → nächster Schritt    ← zurück    Esc beenden</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring replaces every deal in this database with the backup&apos;s. What it replaces is kept as a backup of its own, so a restore can be undone the same way.</source>
        <translation>Beim Wiederherstellen werden alle Deals in dieser Datenbank durch die der Sicherung ersetzt. Der ersetzte Stand wird als eigene Sicherung aufbewahrt, sodass sich eine Wiederherstellung auf dieselbe Weise rückgängig machen lässt.</translation>
    </message>
    <message>
        <source>No backups yet. Triplewin makes one on each day you open a database, and one before every upgrade of its format. They are kept in
%1</source>
        <translation>Noch keine Sicherungen. Triplewin erstellt eine an jedem Tag, an dem Sie eine Datenbank öffnen, und eine vor jeder Aktualisierung ihres Formats. Sie liegen im Ordner
%1</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Replace every deal in this database with the backup&apos;s? What is there now is kept as a backup first.</source>
        <translation>Alle Deals in dieser Datenbank durch die der Sicherung ersetzen? Der aktuelle Stand wird zuvor als Sicherung aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::RoomDialog</name>
    <message>
        <source>Open the Room</source>
        <translation>Raum öffnen</translation>
    </message>
    <message>
        <source>Participants vote from their phones on the same network: no account, no app and no internet needed. The room serves only the current scenario&apos;s public text and takes votes; it stops when the presenter closes.</source>
        <translation>Die Teilnehmenden stimmen mit ihren Smartphones im selben Netzwerk ab: ohne Konto, ohne App und ohne Internet. Der Raum zeigt nur den öffentlichen Text des aktuellen Szenarios und nimmt Stimmen entgegen; er endet, wenn die Präsentation geschlossen wird.</translation>
    </message>
    <message>
        <source>%1 — this computer only (a demo)</source>
        <translation>%1 — nur dieser Computer (eine Demo)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Netzwerk:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Open the Room</source>
        <translation>&amp;Raum öffnen</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::RoomResultsView</name>
    <message>
        <source>What the room thought</source>
        <translation>Was die Gruppe dachte</translation>
    </message>
    <message numerus="yes">
        <source>What the room thought (%n answered)</source>
        <translation>
            <numerusform>Was die Gruppe dachte (%n hat geantwortet)</numerusform>
            <numerusform>Was die Gruppe dachte (%n haben geantwortet)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2; it was %3</source>
        <translation>%1: %2; richtig: %3</translation>
    </message>
    <message>
        <source>it was %1</source>
        <translation>richtig: %1</translation>
    </message>
    <message>
        <source>Each bar: %1, %2, %3 from left to right; the true answer in green</source>
        <translation>Jeder Balken: %1, %2, %3 von links nach rechts; die richtige Antwort in Grün</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::ScriptDocument</name>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>“%1” kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::ServerConnectDialog</name>
    <message>
        <source>Connect to Team Server</source>
        <translation>Mit Team-Server verbinden</translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <source>as your login, when empty</source>
        <translation>wie Ihre Anmeldung, wenn leer</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>Wenn der Server sie anbietet</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Required, certificate checked</source>
        <translation>Erforderlich, Zertifikat geprüft</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>from ~/.pgpass when empty</source>
        <translation>aus ~/.pgpass, wenn leer</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldung:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>V&amp;erschlüsselung:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Deals on a team server are shared by the team: you see and change your own, a manager reads everyone&apos;s. Whoever runs the server gives you a login.</source>
        <translation>Deals auf einem Team-Server teilt das ganze Team: Sie sehen und ändern Ihre eigenen, die Vertriebsleitung liest alle. Wer den Server betreut, gibt Ihnen eine Anmeldung.</translation>
    </message>
    <message>
        <source>The server wants a password for %1.</source>
        <translation>Der Server verlangt ein Passwort für %1.</translation>
    </message>
    <message>
        <source>The server did not accept the login %1 with this password.</source>
        <translation>Der Server hat die Anmeldung %1 mit diesem Passwort nicht angenommen.</translation>
    </message>
    <message>
        <source>your system login, when empty</source>
        <translation>Ihre Systemanmeldung, wenn leer</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Every command with a shortcut, as the menus have it now. In a menu, Alt and the underlined letter choose too; in the options table, Tab moves to the next cell you can type in and Enter ends an edit.</source>
        <translation>Jeder Befehl mit Tastenkürzel, so wie die Menüs ihn gerade haben. In einem Menü wählen auch Alt und der unterstrichene Buchstabe; in der Optionstabelle springt Tab zur nächsten Zelle, in die man tippen kann, und Enter beendet eine Eingabe.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::StaleSaveQuestion</name>
    <message>
        <source>Save Deal</source>
        <translation>Deal speichern</translation>
    </message>
    <message>
        <source>Save your version as a new deal, or cancel and copy what you need.</source>
        <translation>Speichern Sie Ihre Version als neuen Deal, oder brechen Sie ab und kopieren Sie, was Sie brauchen.</translation>
    </message>
    <message>
        <source>Reload the stored version (your edits are dropped), overwrite it with yours, or save yours as a new deal next to it.</source>
        <translation>Laden Sie die gespeicherte Version neu (Ihre Änderungen werden verworfen), überschreiben Sie sie mit Ihrer Version, oder speichern Sie Ihre Version als neuen Deal daneben.</translation>
    </message>
    <message>
        <source>Reload Stored Version</source>
        <translation>Gespeicherte Version neu laden</translation>
    </message>
    <message>
        <source>Overwrite With Mine</source>
        <translation>Mit meiner Version überschreiben</translation>
    </message>
    <message>
        <source>Save Mine as a Copy</source>
        <translation>Meine Version als Kopie speichern</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::TeamReviewWindow</name>
    <message>
        <source>Team Review — Triplewin</source>
        <translation>Team-Überblick — Triplewin</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Alle Gesamtergebnisse</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Search deal, customer or salesperson</source>
        <translation>Deal, Kunde oder Verkäufer suchen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Team Review</source>
        <translation>Team-Überblick</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>ended deals</source>
        <translation>beendete Deals</translation>
    </message>
    <message>
        <source>Relational quotient per salesperson</source>
        <translation>Beziehungsquotient pro Verkäufer</translation>
    </message>
    <message>
        <source>RQ</source>
        <translation>RQ</translation>
    </message>
    <message>
        <source>&lt;p&gt;No ended deals yet. When the team closes deals or walks away from them, their outcome mix, relational quotient and habits appear here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch keine beendeten Deals. Wenn das Team Deals abschließt oder aus ihnen aussteigt, erscheinen hier die Verteilung der Gesamtergebnisse, der Beziehungsquotient und die Gewohnheiten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No habits flagged.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine Gewohnheiten gemeldet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Deal</source>
        <translation>Deal öffnen</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <source>Save the dashboard as a PDF to share</source>
        <translation>Das Dashboard als PDF zum Weitergeben speichern</translation>
    </message>
    <message>
        <source>Export Team Report</source>
        <translation>Team-Bericht exportieren</translation>
    </message>
    <message>
        <source>team-report.pdf</source>
        <translation>team-bericht.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Team report, %1</source>
        <translation>Team-Bericht, %1</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>“%1” kann nicht geschrieben werden: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Outcome mix per salesperson, last %n month(s)</source>
        <translation>
            <numerusform>Ergebnismix je Verkäufer, letzter Monat</numerusform>
            <numerusform>Ergebnismix je Verkäufer, letzte %n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Filter by outcome</source>
        <translation>Nach Gesamtergebnis filtern</translation>
    </message>
    <message>
        <source>Filter by period</source>
        <translation>Nach Zeitraum filtern</translation>
    </message>
    <message>
        <source>&amp;Salesperson:</source>
        <translation>V&amp;erkäufer:</translation>
    </message>
    <message>
        <source>Filter by salesperson</source>
        <translation>Nach Verkäufer filtern</translation>
    </message>
    <message>
        <source>Team deal history</source>
        <translation>Deal-Verlauf des Teams</translation>
    </message>
    <message>
        <source>Habits per salesperson</source>
        <translation>Gewohnheiten je Verkäufer</translation>
    </message>
    <message>
        <source>Outcome mix per salesperson</source>
        <translation>Ergebnismix je Verkäufer</translation>
    </message>
    <message>
        <source>History and dashboard</source>
        <translation>Verlauf und Dashboard</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>no ended deals</source>
        <translation>keine beendeten Deals</translation>
    </message>
    <message>
        <source>%1: RQ %2.</source>
        <translation>%1: RQ %2.</translation>
    </message>
    <message>
        <source>%1: no RQ yet.</source>
        <translation>%1: noch kein RQ.</translation>
    </message>
    <message>
        <source>No ended deals yet.</source>
        <translation>Noch keine beendeten Deals.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Deal history</source>
        <translation>Deal-Verlauf</translation>
    </message>
    <message>
        <source>No deals match the filters.</source>
        <translation>Kein Deal passt zu den Filtern.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n deals in the window&apos;s order.</source>
        <translation>
            <numerusform>Der erste Deal in der Reihenfolge des Fensters.</numerusform>
            <numerusform>Die ersten %n Deals in der Reihenfolge des Fensters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to assess</source>
        <translation>
            <numerusform>%n zu bewerten</numerusform>
            <numerusform>%n zu bewerten</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message numerus="yes">
        <source>&lt;h2&gt;Why deals ended&lt;/h2&gt;&lt;p&gt;%n deal(s) ended since %1, counted by the main reason given when they were closed or walked away from (or the CRM&apos;s lost reason).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h2&gt;Warum Deals endeten&lt;/h2&gt;&lt;p&gt;%n Deal endete seit %1, gezählt nach dem Hauptgrund, der beim Abschluss oder Ausstieg angegeben wurde (oder dem Verlustgrund aus dem CRM).&lt;/p&gt;</numerusform>
            <numerusform>&lt;h2&gt;Warum Deals endeten&lt;/h2&gt;&lt;p&gt;%n Deals endeten seit %1, gezählt nach dem Hauptgrund, der beim Abschluss oder Ausstieg angegeben wurde (oder dem Verlustgrund aus dem CRM).&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>By outcome</source>
        <translation>Nach Ergebnis</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>By salesperson</source>
        <translation>Nach Verkäufer</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Verkäufer</translation>
    </message>
    <message>
        <source>Why deals ended</source>
        <translation>Warum Deals endeten</translation>
    </message>
    <message>
        <source>&amp;Why Deals Ended</source>
        <translation>&amp;Warum Deals endeten</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;No deal ended in the last %n month(s). When the team closes deals or walks away from them, why they ended is counted here, by outcome and by salesperson.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Im letzten Monat wurde kein Deal beendet. Wenn das Team Deals abschließt oder aus ihnen aussteigt, wird hier gezählt, warum sie endeten, nach Ergebnis und nach Verkäufer.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;In den letzten %n Monaten wurde kein Deal beendet. Wenn das Team Deals abschließt oder aus ihnen aussteigt, wird hier gezählt, warum sie endeten, nach Ergebnis und nach Verkäufer.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;Value left on the table&lt;/h2&gt;&lt;p&gt;Per salesperson, what the deals they closed since %1 left on the table against each deal&apos;s best option for all (the greatest sum of surpluses where nobody loses), as it stood when each deal closed. Positive: that party could have had more.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Auf dem Tisch gelassener Wert&lt;/h2&gt;&lt;p&gt;Pro Verkäufer, was die seit %1 abgeschlossenen Deals gegenüber der jeweils besten Option für alle (der größten Summe der Überschüsse, bei der niemand verliert) auf dem Tisch gelassen haben, so wie es beim Abschluss stand. Positiv: Diese Partei hätte mehr bekommen können.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Closed deals</source>
        <translation>Abgeschlossene Deals</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Reading the team&apos;s deals for the dashboard…</source>
        <translation>Die Deals des Teams werden für das Dashboard gelesen…</translation>
    </message>
    <message>
        <source>Reading the team&apos;s deals…</source>
        <translation>Die Deals des Teams werden gelesen…</translation>
    </message>
    <message>
        <source>Team Review — %1 — Triplewin</source>
        <translation>Team-Überblick — %1 — Triplewin</translation>
    </message>
    <message>
        <source>Team server %1</source>
        <translation>Team-Server %1</translation>
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
    <message>
        <source>Deals in the trash</source>
        <translation>Deals im Papierkorb</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::UpgradeProgress</name>
    <message>
        <source>Upgrading “%1” to this version of Triplewin. A backup of it is kept first.</source>
        <translation>“%1” wird auf diese Version von Triplewin aktualisiert. Vorher wird eine Sicherung angelegt.</translation>
    </message>
    <message>
        <source>Triplewin</source>
        <translation>Triplewin</translation>
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
        <source>Three-party value chart</source>
        <translation>Wertdiagramm der drei Parteien</translation>
    </message>
    <message>
        <source>Option %1, %2: %3.</source>
        <translation>Option %1, %2: %3.</translation>
    </message>
    <message>
        <source>%1 %2 (%3 over the reference point).</source>
        <translation>%1: %2 (%3 über dem Bezugspunkt).</translation>
    </message>
    <message>
        <source>%1 not assessed.</source>
        <translation>%1: nicht bewertet.</translation>
    </message>
    <message>
        <source>No options yet: add an option to see who wins and who loses.</source>
        <translation>Noch keine Optionen: Fügen Sie eine Option hinzu, um zu sehen, wer gewinnt und wer verliert.</translation>
    </message>
    <message>
        <source>Each party&apos;s surplus over its own reference point, per option.</source>
        <translation>Der Überschuss jeder Partei über ihrem eigenen Bezugspunkt, je Option.</translation>
    </message>
    <message>
        <source>%1, “%2”: %3, %4 over the %5</source>
        <translation>%1, „%2“: %3, %4 über %5</translation>
    </message>
    <message>
        <source>%1, “%2”: not assessed</source>
        <translation>%1, „%2“: nicht bewertet</translation>
    </message>
    <message>
        <source>Value over each party&apos;s reference point, in %1</source>
        <translation>Wert über dem Referenzpunkt jeder Partei, in %1</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::WalkAwayWizard</name>
    <message>
        <source>Transparent Walk-Away: %1</source>
        <translation>Transparenter Ausstieg: %1</translation>
    </message>
    <message>
        <source>&amp;Record Walk-Away</source>
        <translation>Ausstieg &amp;festhalten</translation>
    </message>
    <message>
        <source>&amp;Keep Script</source>
        <translation>&amp;Gesprächsleitfaden behalten</translation>
    </message>
    <message>
        <source>End the deal as walked away: a transparent no deal, counted in favour of your relational quotient</source>
        <translation>Den Deal mit einem Ausstieg beenden: ein transparentes Nein zum Deal, das zugunsten Ihres Beziehungsquotienten zählt</translation>
    </message>
    <message>
        <source>Keep the script with the deal and close</source>
        <translation>Den Gesprächsleitfaden beim Deal speichern und schließen</translation>
    </message>
    <message>
        <source>1. Check</source>
        <translation>1. Bestandsaufnahme</translation>
    </message>
    <message>
        <source>The options you explored, and who falls short under each.</source>
        <translation>Die Optionen, die Sie geprüft haben, und wer bei welcher Option zu kurz kommt.</translation>
    </message>
    <message>
        <source>2. Commitment</source>
        <translation>2. Anliegen</translation>
    </message>
    <message>
        <source>Start by saying what you are after: an outcome good for both sides.</source>
        <translation>Sagen Sie zu Beginn, worum es Ihnen geht: ein Ergebnis, das für beide Seiten gut ist.</translation>
    </message>
    <message>
        <source>3. Transparency</source>
        <translation>3. Transparenz</translation>
    </message>
    <message>
        <source>Say what each side needs, and what you tried.</source>
        <translation>Sagen Sie, was jede Seite braucht und was Sie versucht haben.</translation>
    </message>
    <message>
        <source>4. The proposal</source>
        <translation>4. Der Vorschlag</translation>
    </message>
    <message>
        <source>No win/win: propose not to do this deal this time.</source>
        <translation>Kein win/win: Schlagen Sie vor, diesen Deal diesmal nicht abzuschließen.</translation>
    </message>
    <message>
        <source>5. Follow-up</source>
        <translation>5. Wie es weitergeht</translation>
    </message>
    <message>
        <source>What would need to change for a deal that is good for both sides, and when to talk again.</source>
        <translation>Was sich ändern müsste, damit ein Deal für beide Seiten gut ist, und wann Sie wieder miteinander sprechen.</translation>
    </message>
    <message>
        <source>e.g. their budget for next year is confirmed, or we can offer a phased roll-out</source>
        <translation>z. B. das Budget des Kunden für nächstes Jahr ist bestätigt, oder wir können eine schrittweise Einführung anbieten</translation>
    </message>
    <message>
        <source>What would need to &amp;change:</source>
        <translation>Was sich ändern &amp;müsste:</translation>
    </message>
    <message>
        <source>&amp;Revisit on:</source>
        <translation>Erneut &amp;sprechen am:</translation>
    </message>
    <message>
        <source>6. Review</source>
        <translation>6. Durchsicht</translation>
    </message>
    <message>
        <source>The whole script. Make it your own words; your edits are kept with the deal.</source>
        <translation>Der ganze Gesprächsleitfaden. Formulieren Sie ihn in Ihren eigenen Worten; Ihre Änderungen werden beim Deal gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Re&amp;hearse</source>
        <translation>Ü&amp;ben</translation>
    </message>
    <message>
        <source>Start &amp;Over</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message>
        <source>Replace your edits with a script generated from the deal again</source>
        <translation>Ihre Änderungen durch einen neu aus dem Deal erzeugten Gesprächsleitfaden ersetzen</translation>
    </message>
    <message>
        <source>One step per screen in large type, to practise aloud (Space for the next step)</source>
        <translation>Ein Schritt pro Bildschirm in großer Schrift, zum lauten Üben (Leertaste für den nächsten Schritt)</translation>
    </message>
    <message>
        <source>The deal changed after you edited this script. Check the numbers, or choose Start Over to build it again from the current values.</source>
        <translation>Der Deal hat sich geändert, nachdem Sie diesen Gesprächsleitfaden bearbeitet haben. Prüfen Sie die Zahlen oder wählen Sie „Neu beginnen“, um ihn aus den aktuellen Werten neu zu erstellen.</translation>
    </message>
    <message>
        <source>Leave unticked until you have agreed on a date with the customer</source>
        <translation>Erst ankreuzen, wenn Sie mit dem Kunden einen Termin vereinbart haben</translation>
    </message>
    <message>
        <source>Record Walk-Away</source>
        <translation>Ausstieg festhalten</translation>
    </message>
    <message>
        <source>Record that you walked away from “%1”? This ends the deal as a transparent walk-away (a good outcome, never counted as lost); your script is kept, and the deal can be reopened later.</source>
        <translation>Festhalten, dass Sie aus „%1“ ausgestiegen sind? Damit endet der Deal als transparenter Ausstieg (ein gutes Ergebnis, das nie als Verlust zählt); Ihr Gesprächsleitfaden bleibt erhalten, und der Deal kann später wieder geöffnet werden.</translation>
    </message>
    <message>
        <source>Revisit on</source>
        <translation>Erneut sprechen am</translation>
    </message>
    <message>
        <source>Walk-away script</source>
        <translation>Gesprächsleitfaden für den Ausstieg</translation>
    </message>
    <message>
        <source>Export Walk-Away Script</source>
        <translation>Gesprächsleitfaden zum transparenten Ausstieg exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Transparent walk-away: %1</source>
        <translation>Transparenter Ausstieg: %1</translation>
    </message>
    <message>
        <source>When you record the walk-away, say why it came to this (your manager sees it):</source>
        <translation>Wenn Sie den Ausstieg festhalten, sagen Sie, warum es dazu kam (Ihre Vertriebsleitung sieht es):</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::WorkshopWindow</name>
    <message>
        <source>&lt;b&gt;Workshop mode&lt;/b&gt; — a sandbox in memory. Your own deals are not shown and not changed. Press F5 to present; close this window to leave.</source>
        <translation>&lt;b&gt;Workshop-Modus&lt;/b&gt; — eine Sandbox im Arbeitsspeicher. Ihre eigenen Deals werden weder angezeigt noch verändert. Drücken Sie F5, um zu präsentieren; schließen Sie dieses Fenster, um den Modus zu verlassen.</translation>
    </message>
    <message>
        <source>Scenario &amp;title:</source>
        <translation>Szenario&amp;titel:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>&amp;Lesson:</source>
        <translation>&amp;Lehre:</translation>
    </message>
    <message>
        <source>Role card: %1</source>
        <translation>Rollenkarte: %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Brief:</source>
        <translation>Briefing:</translation>
    </message>
    <message>
        <source>Confidential:</source>
        <translation>Vertraulich:</translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation>Eine Frage pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Debrief questions:</source>
        <translation>Fragen zur &amp;Nachbesprechung:</translation>
    </message>
    <message>
        <source>Deal and Options</source>
        <translation>Deal und Optionen</translation>
    </message>
    <message>
        <source>Story, Roles and Debrief</source>
        <translation>Geschichte, Rollen und Nachbesprechung</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <source>Show the selected scenario full screen for the room</source>
        <translation>Das ausgewählte Szenario im Vollbild für die Gruppe zeigen</translation>
    </message>
    <message>
        <source>&amp;Import Pack…</source>
        <translation>Paket &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Save Pack</source>
        <translation>Paket &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Export Pack…</source>
        <translation>Paket &amp;exportieren…</translation>
    </message>
    <message>
        <source>Open the &amp;Bundled Scenarios</source>
        <translation>&amp;Mitgelieferte Szenarien öffnen</translation>
    </message>
    <message>
        <source>&amp;Leave Workshop Mode</source>
        <translation>Workshop-Modus &amp;verlassen</translation>
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
        <source>The scenario pack was not opened; the current pack is unchanged.
%1</source>
        <translation>Das Szenariopaket wurde nicht geöffnet; das aktuelle Paket bleibt unverändert.
%1</translation>
    </message>
    <message>
        <source>The scenario pack could not be loaded into the workshop; the current pack is unchanged.
%1</source>
        <translation>Das Szenariopaket konnte nicht in den Workshop geladen werden; das aktuelle Paket bleibt unverändert.
%1</translation>
    </message>
    <message>
        <source>Give the scenario a title.</source>
        <translation>Geben Sie dem Szenario einen Titel.</translation>
    </message>
    <message>
        <source>The pack was not saved to “%1”: %2</source>
        <translation>Das Paket wurde nicht unter “%1” gespeichert: %2</translation>
    </message>
    <message>
        <source>Saved the pack to %1</source>
        <translation>Paket unter %1 gespeichert</translation>
    </message>
    <message>
        <source>Export Scenario Pack</source>
        <translation>Szenariopaket exportieren</translation>
    </message>
    <message>
        <source>Scenario packs (*.json)</source>
        <translation>Szenariopakete (*.json)</translation>
    </message>
    <message>
        <source>Import Scenario Pack</source>
        <translation>Szenariopaket importieren</translation>
    </message>
    <message>
        <source>Scenario packs (*.json);;All files (*)</source>
        <translation>Szenariopakete (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the Scenario Pack?</source>
        <translation>Szenariopaket speichern?</translation>
    </message>
    <message>
        <source>The scenarios were edited in this workshop. Save the pack first?</source>
        <translation>Die Szenarien wurden in diesem Workshop bearbeitet. Möchten Sie das Paket zuerst speichern?</translation>
    </message>
    <message>
        <source>%1[*] — Triplewin Workshop</source>
        <translation>%1[*] — Triplewin-Workshop</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>%1: name</source>
        <translation>%1: Name</translation>
    </message>
    <message>
        <source>%1: brief</source>
        <translation>%1: Kurzbeschreibung</translation>
    </message>
    <message>
        <source>%1: confidential notes</source>
        <translation>%1: vertrauliche Notizen</translation>
    </message>
    <message>
        <source>Story, roles and debrief</source>
        <translation>Geschichte, Rollen und Nachbesprechung</translation>
    </message>
    <message>
        <source>Workshop mode: the walk-away is rehearsed, not recorded.</source>
        <translation>Workshop-Modus: Der Ausstieg wird geprobt, nicht festgehalten.</translation>
    </message>
    <message>
        <source>Export &amp;Room Results…</source>
        <translation>Ergebnisse des &amp;Raums exportieren…</translation>
    </message>
    <message>
        <source>Save what the room answered on its phones, as CSV or JSON</source>
        <translation>Die Antworten der Gruppe von ihren Smartphones als CSV oder JSON speichern</translation>
    </message>
    <message>
        <source>The room has no results yet: open the room in the presenter (R) and let it vote on a scenario&apos;s guess step.</source>
        <translation>Der Raum hat noch keine Ergebnisse: Öffnen Sie den Raum in der Präsentation (R) und lassen Sie die Gruppe beim Schritt „Ihre Einschätzung“ eines Szenarios abstimmen.</translation>
    </message>
    <message>
        <source>Export Room Results</source>
        <translation>Ergebnisse des Raums exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV-Dateien (*.csv);;JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>The room&apos;s results were not saved to “%1”: %2</source>
        <translation>Die Ergebnisse des Raums wurden nicht unter „%1“ gespeichert: %2</translation>
    </message>
    <message>
        <source>Saved the room&apos;s results to %1</source>
        <translation>Ergebnisse des Raums unter %1 gespeichert</translation>
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
    <message>
        <source>The deal database (default: %1).</source>
        <translation>Die Deal-Datenbank (Standard: %1).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Only this salesperson.</source>
        <translation>Nur dieser Verkäufer.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>unknown command “%1”.</source>
        <translation>unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>--months takes a number from 1 to 120, not “%1”.</source>
        <translation>--months erwartet eine Zahl von 1 bis 120, nicht „%1“.</translation>
    </message>
    <message>
        <source>there is no database at “%1”.</source>
        <translation>unter „%1“ gibt es keine Datenbank.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>habit flags per salesperson, with the deals that show them</source>
        <translation>erkannte Gewohnheiten pro Verkäufer, mit den Deals, die sie belegen</translation>
    </message>
    <message>
        <source>relational quotient per salesperson, overall and per month</source>
        <translation>Beziehungsquotient pro Verkäufer, insgesamt und pro Monat</translation>
    </message>
    <message>
        <source>Usage: triplewin-cli COMMAND [options]

Commands:
</source>
        <translation>Aufruf: triplewin-cli BEFEHL [Optionen]

Befehle:
</translation>
    </message>
    <message>
        <source>
`triplewin-cli COMMAND --help` shows a command&apos;s options.
</source>
        <translation>
`triplewin-cli BEFEHL --help` zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>give exactly one command, before its options.</source>
        <translation>geben Sie genau einen Befehl vor dessen Optionen an.</translation>
    </message>
    <message>
        <source>Merged “%1” into “%2”:</source>
        <translation>„%1“ in „%2“ zusammengeführt:</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 changed only here (kept), %5 in the source&apos;s trash (skipped)</source>
        <translation>%1 hinzugefügt, %2 aktualisiert, %3 unverändert, %4 nur hier geändert (beibehalten), %5 im Papierkorb der Quelle (übersprungen)</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Keine Konflikte.</translation>
    </message>
    <message>
        <source>%1 conflict(s), left as they are here:</source>
        <translation>%1 Konflikt(e), so belassen, wie sie hier sind:</translation>
    </message>
    <message>
        <source>here: revision %1, changed %2; in the source: revision %3, changed %4</source>
        <translation>hier: Revision %1, geändert %2; in der Quelle: Revision %3, geändert %4</translation>
    </message>
    <message>
        <source>The source file is only read. Exit code 0 when the merge was saved, even with conflicts (they are listed); 1 when nothing was merged.</source>
        <translation>Die Quelldatei wird nur gelesen. Exit-Code 0, wenn die Zusammenführung gespeichert wurde, auch bei Konflikten (sie werden aufgelistet); 1, wenn nichts zusammengeführt wurde.</translation>
    </message>
    <message>
        <source>Another member&apos;s Triplewin database file.</source>
        <translation>Die Triplewin-Datenbankdatei eines anderen Teammitglieds.</translation>
    </message>
    <message>
        <source>name the file to merge.</source>
        <translation>geben Sie die Datei an, die zusammengeführt werden soll.</translation>
    </message>
    <message>
        <source>merge another member&apos;s Triplewin file: new deals added, conflicts reported, never overwritten</source>
        <translation>die Triplewin-Datei eines anderen Teammitglieds zusammenführen: neue Deals werden hinzugefügt, Konflikte gemeldet, nie überschrieben</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>Die CSV-Datei.</translation>
    </message>
    <message>
        <source>The file&apos;s origin: triplewin, salesforce, hubspot or pipedrive (default: recognised from the header row).</source>
        <translation>Die Herkunft der Datei: triplewin, salesforce, hubspot oder pipedrive (Standard: anhand der Kopfzeile erkannt).</translation>
    </message>
    <message>
        <source>Import the good rows and list the bad ones (default: import nothing when any row is bad).</source>
        <translation>Die fehlerfreien Zeilen importieren und die fehlerhaften auflisten (Standard: nichts importieren, sobald eine Zeile fehlerhaft ist).</translation>
    </message>
    <message>
        <source>Read dates such as 3/4/2026 as day/month (default: month/day).</source>
        <translation>Datumsangaben wie 3/4/2026 als Tag/Monat lesen (Standard: Monat/Tag).</translation>
    </message>
    <message>
        <source>Currency of amounts without one (default: EUR).</source>
        <translation>Währung für Beträge ohne Währungsangabe (Standard: EUR).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>give exactly one CSV file to import.</source>
        <translation>geben Sie genau eine CSV-Datei zum Importieren an.</translation>
    </message>
    <message>
        <source>unknown preset “%1”.</source>
        <translation>unbekannte Vorlage „%1“.</translation>
    </message>
    <message>
        <source>--currency takes a three-letter code such as EUR or USD, not “%1”.</source>
        <translation>--currency erwartet einen Code aus drei Buchstaben wie EUR oder USD, nicht „%1“.</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n bad row(s):</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile übersprungen:</numerusform>
            <numerusform>%n fehlerhafte Zeilen übersprungen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported: %n row(s) of “%1” cannot be imported. Fix them, or pass --skip-bad-rows to import the others.</source>
        <translation>
            <numerusform>es wurde nichts importiert: %n Zeile aus „%1“ kann nicht importiert werden. Korrigieren Sie sie, oder geben Sie --skip-bad-rows an, um die übrigen zu importieren.</numerusform>
            <numerusform>es wurde nichts importiert: %n Zeilen aus „%1“ können nicht importiert werden. Korrigieren Sie sie, oder geben Sie --skip-bad-rows an, um die übrigen zu importieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was imported.</source>
        <translation>der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>csv or json (default: csv).</source>
        <translation>csv oder json (Standard: csv).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Write to this file instead of stdout.</source>
        <translation>In diese Datei statt auf stdout schreiben.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>--format takes csv or json, not “%1”.</source>
        <translation>--format erwartet csv oder json, nicht „%1“.</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n deal(s) to %1.</source>
        <translation>
            <numerusform>%n Deal nach %1 exportiert.</numerusform>
            <numerusform>%n Deals nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>import deals from a Triplewin, Salesforce, HubSpot or Pipedrive CSV</source>
        <translation>Deals aus einer CSV-Datei von Triplewin, Salesforce, HubSpot oder Pipedrive importieren</translation>
    </message>
    <message>
        <source>export every deal as CSV or JSON</source>
        <translation>alle Deals als CSV oder JSON exportieren</translation>
    </message>
    <message>
        <source>Start in workshop mode (a sandbox: your deal database is not opened) with the scenario pack PACK, or the bundled scenarios.</source>
        <translation>Im Workshop-Modus starten (eine Sandbox: Ihre Deal-Datenbank wird nicht geöffnet), mit dem Szenariopaket PACK oder den mitgelieferten Szenarien.</translation>
    </message>
    <message>
        <source>With --workshop: a scenario pack (.json).</source>
        <translation>Mit --workshop: ein Szenariopaket (.json).</translation>
    </message>
    <message>
        <source>Only one scenario pack can be given, and only with --workshop.
</source>
        <translation>Es kann nur ein Szenariopaket angegeben werden, und nur mit --workshop.
</translation>
    </message>
    <message>
        <source>Triplewin Workshop</source>
        <translation>Triplewin Workshop</translation>
    </message>
    <message>
        <source>The bundled scenarios are open instead.</source>
        <translation>Stattdessen sind die mitgelieferten Szenarien geöffnet.</translation>
    </message>
    <message>
        <source>“%1” uses an older format (schema %2). Open it once in Triplewin to upgrade it (a backup is kept), then run this again.</source>
        <translation>“%1” hat ein älteres Format (Schema %2). Öffnen Sie die Datei einmal in Triplewin, um sie zu aktualisieren (eine Sicherung bleibt erhalten), und führen Sie den Befehl dann erneut aus.</translation>
    </message>
    <message>
        <source>Report what the import would add, update and leave, and change nothing.</source>
        <translation>Berichten, was der Import hinzufügen, aktualisieren und belassen würde, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <source>Dry run, nothing was changed. From %1, the import would give: %2</source>
        <translation>Probelauf, nichts wurde geändert. Aus %1 ergäbe der Import: %2</translation>
    </message>
    <message>
        <source>Imported from %1: %2</source>
        <translation>Aus %1 importiert: %2</translation>
    </message>
    <message>
        <source>Not applied (the deal here was kept as it is):</source>
        <translation>Nicht übernommen (der Deal hier blieb, wie er ist):</translation>
    </message>
    <message>
        <source>The decimal mark of the file&apos;s amounts, . or , (default: what the file&apos;s amounts show; an amount like 1,234 that nothing settles is a bad row).</source>
        <translation>Das Dezimaltrennzeichen der Beträge in der Datei, . oder , (Standard: was die Beträge der Datei zeigen; ein Betrag wie 1,234, den nichts klärt, ist eine fehlerhafte Zeile).</translation>
    </message>
    <message>
        <source>mark</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>--decimal takes . or , (the mark before the cents), not “%1”.</source>
        <translation>--decimal erwartet . oder , (das Zeichen vor den Cent), nicht „%1“.</translation>
    </message>
    <message>
        <source>Upgrading “%1” to this version of Triplewin: step %2 of %3</source>
        <translation>„%1“ wird auf diese Version von Triplewin aktualisiert: Schritt %2 von %3</translation>
    </message>
    <message>
        <source>“%1” uses an older format (schema %2), and a dry run changes nothing, not even that. Open it once in Triplewin to upgrade it (a backup is kept), then run this again.</source>
        <translation>„%1“ hat ein älteres Format (Schema %2), und ein Probelauf ändert nichts, auch das nicht. Öffnen Sie die Datei einmal in Triplewin, um sie zu aktualisieren (eine Sicherung bleibt erhalten), und führen Sie den Befehl dann erneut aus.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>The server as a libpq connection string, e.g. &quot;host=db.example.com dbname=sales user=admin sslmode=require&quot; (default: the PG* environment variables). No password in it: it is asked for, or read from ~/.pgpass or PGPASSWORD.</source>
        <translation>Der Server als libpq-Verbindungsangabe, z. B. &quot;host=db.example.com dbname=sales user=admin sslmode=require&quot; (Standard: die Umgebungsvariablen PG*). Kein Passwort darin: Es wird abgefragt oder aus ~/.pgpass oder PGPASSWORD gelesen.</translation>
    </message>
    <message>
        <source>conninfo</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>add-user: salesperson or manager.</source>
        <translation>add-user: salesperson (Verkauf) oder manager (Vertriebsleitung).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>add-user: read the new login&apos;s password from the first line of standard input (default: the login authenticates as the server&apos;s pg_hba.conf says, e.g. by its operating-system user).</source>
        <translation>add-user: das Passwort der neuen Anmeldung aus der ersten Zeile der Standardeingabe lesen (Standard: Die Anmeldung authentifiziert sich, wie die pg_hba.conf des Servers es vorsieht, z. B. über ihren Betriebssystem-Benutzer).</translation>
    </message>
    <message>
        <source>add-user: the login</source>
        <translation>add-user: die Anmeldung</translation>
    </message>
    <message>
        <source>init takes no further arguments.</source>
        <translation>init nimmt keine weiteren Argumente.</translation>
    </message>
    <message>
        <source>The team server is set up (schema %1, roles triplewin_salesperson and triplewin_manager, row-level security on every table).</source>
        <translation>Der Team-Server ist eingerichtet (Schema %1, Rollen triplewin_salesperson und triplewin_manager, Zeilensicherheit auf jeder Tabelle).</translation>
    </message>
    <message>
        <source>add-user needs the login&apos;s name.</source>
        <translation>add-user braucht den Namen der Anmeldung.</translation>
    </message>
    <message>
        <source>give --role salesperson or --role manager.</source>
        <translation>geben Sie --role salesperson oder --role manager an.</translation>
    </message>
    <message>
        <source>--password-stdin read an empty line.</source>
        <translation>--password-stdin hat eine leere Zeile gelesen.</translation>
    </message>
    <message>
        <source>“%1” is a %2 on the team server.</source>
        <translation>„%1“ ist %2 auf dem Team-Server.</translation>
    </message>
    <message>
        <source>unknown action “%1”.</source>
        <translation>unbekannte Aktion „%1“.</translation>
    </message>
    <message>
        <source>set up a team&apos;s PostgreSQL server: schema, roles, policies, logins</source>
        <translation>den PostgreSQL-Server eines Teams einrichten: Schema, Rollen, Regeln, Anmeldungen</translation>
    </message>
    <message>
        <source>Work on a team server instead of a file: a libpq connection string (&quot;host=db.example.com dbname=sales user=dana sslmode=require&quot;); what it leaves out comes from the PG* environment variables, the password from ~/.pgpass, PGPASSWORD or a prompt.</source>
        <translation>Auf einem Team-Server statt in einer Datei arbeiten: eine libpq-Verbindungsangabe (&quot;host=db.example.com dbname=sales user=dana sslmode=require&quot;); was darin fehlt, kommt aus den Umgebungsvariablen PG*, das Passwort aus ~/.pgpass, PGPASSWORD oder einer Abfrage.</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>give either --db or --server, not both.</source>
        <translation>geben Sie entweder --db oder --server an, nicht beides.</translation>
    </message>
    <message>
        <source>merging into a team server is not supported; merge into a database file (--db).</source>
        <translation>in einen Team-Server kann nicht zusammengeführt werden; führen Sie in eine Datenbankdatei zusammen (--db).</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <source>The team server cannot be reached.</source>
        <translation>Der Team-Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The team server could not be opened.</source>
        <translation>Der Team-Server konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Your local database is still there to work on.</source>
        <translation>Ihre lokale Datenbank steht weiter zur Verfügung.</translation>
    </message>
    <message>
        <source>Open Local Database</source>
        <translation>Lokale Datenbank öffnen</translation>
    </message>
    <message>
        <source>Open the team server &lt;connection&gt; (a libpq connection string such as &quot;host=db.example.com dbname=sales user=dana&quot;; the password from ~/.pgpass, PGPASSWORD or a prompt) instead of the deal database.</source>
        <translation>Den Team-Server &lt;connection&gt; statt der Deal-Datenbank öffnen (eine libpq-Verbindungsangabe wie &quot;host=db.example.com dbname=sales user=dana&quot;; das Passwort aus ~/.pgpass, PGPASSWORD oder einer Abfrage).</translation>
    </message>
    <message>
        <source>Sets up a team&apos;s PostgreSQL server.
  init               create the schema, the group roles and the row-level security policies (again: changes nothing)
  add-user NAME      give login NAME a role (--role), creating the login when it does not exist
  push               copy the deals of a personal database (--db) to the server, as your login
  pull               copy your deals on the server into a database file (--db) for offline work</source>
        <translation>Richtet den PostgreSQL-Server eines Teams ein.
  init               Schema, Gruppenrollen und Zeilensicherheitsregeln anlegen (erneut: ändert nichts)
  add-user NAME      der Anmeldung NAME eine Rolle geben (--role), die Anmeldung anlegen, wenn es sie nicht gibt
  push               die Deals einer persönlichen Datenbank (--db) mit Ihrer Anmeldung auf den Server kopieren
  pull               Ihre Deals vom Server für die Offline-Arbeit in eine Datenbankdatei (--db) kopieren</translation>
    </message>
    <message>
        <source>push and pull: the database file (default: %1). Pushing only reads it; pulling creates it when it does not exist.</source>
        <translation>push und pull: die Datenbankdatei (Standard: %1). push liest sie nur; pull legt sie an, wenn es sie nicht gibt.</translation>
    </message>
    <message>
        <source>init, add-user, push or pull</source>
        <translation>init, add-user, push oder pull</translation>
    </message>
    <message>
        <source>%1 takes no further arguments.</source>
        <translation>%1 nimmt keine weiteren Argumente.</translation>
    </message>
    <message>
        <source>What was copied before stays; running the command again copies the rest.</source>
        <translation>Was schon kopiert wurde, bleibt; ein erneuter Aufruf kopiert den Rest.</translation>
    </message>
    <message>
        <source>Pushed %1 to %2: %3 added, %4 updated, %5 unchanged, %6 not moved.</source>
        <translation>%1 nach %2 kopiert: %3 hinzugefügt, %4 aktualisiert, %5 unverändert, %6 nicht übertragen.</translation>
    </message>
    <message>
        <source>Pulled %2 into %1: %3 added, %4 updated, %5 unchanged, %6 not moved.</source>
        <translation>%2 nach %1 kopiert: %3 hinzugefügt, %4 aktualisiert, %5 unverändert, %6 nicht übertragen.</translation>
    </message>
    <message>
        <source>give an action: init, add-user, push or pull.</source>
        <translation>geben Sie eine Aktion an: init, add-user, push oder pull.</translation>
    </message>
    <message>
        <source>The deal&apos;s uuid (as exports list it).</source>
        <translation>Die UUID des Deals (wie Exporte sie auflisten).</translation>
    </message>
    <message>
        <source>uuid</source>
        <translation>uuid</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>a4 or letter (default: the locale&apos;s, Letter in the US and Canada).</source>
        <translation>a4 oder letter (Standard: das des Gebietsschemas, Letter in den USA und Kanada).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>--deal names the deal (its uuid).</source>
        <translation>--deal nennt den Deal (seine UUID).</translation>
    </message>
    <message>
        <source>--output names the PDF file to write.</source>
        <translation>--output nennt die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>--page takes a4 or letter, not “%1”.</source>
        <translation>--page nimmt a4 oder letter, nicht „%1“.</translation>
    </message>
    <message>
        <source>no deal with the uuid “%1” in this database.</source>
        <translation>kein Deal mit der UUID „%1“ in dieser Datenbank.</translation>
    </message>
    <message>
        <source>Wrote the brief of “%1” to %2.</source>
        <translation>Das Briefing von „%1“ wurde nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>write a deal&apos;s one-page brief as a PDF</source>
        <translation>das einseitige Briefing eines Deals als PDF schreiben</translation>
    </message>
    <message>
        <source>The last &lt;n&gt; months (default 12).</source>
        <translation>Die letzten &lt;n&gt; Monate (Standard 12).</translation>
    </message>
    <message>
        <source>why deals ended, by how they ended and by salesperson</source>
        <translation>warum Deals endeten, nach Ausgang und nach Verkäufer</translation>
    </message>
</context>
</TS>
