<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Triplewin::Cli</name>
    <message>
        <source>No ended deals yet: nothing to analyse.</source>
        <translation>Aún no hay operaciones finalizadas: no hay nada que analizar.</translation>
    </message>
    <message>
        <source>%1  %2  %3  per month (oldest first)</source>
        <translation>%1  %2  %3  por mes (de la más antigua a la más reciente)</translation>
    </message>
    <message>
        <source>salesperson</source>
        <translation>vendedor</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>operaciones</translation>
    </message>
    <message numerus="yes">
        <source>no habits flagged (last %n ended deal(s))</source>
        <translation>
            <numerusform>ningún hábito señalado (última %n operación finalizada)</numerusform>
            <numerusform>ningún hábito señalado (últimas %n operaciones finalizadas)</numerusform>
        </translation>
    </message>
    <message>
        <source>no deal in this database has ended with “%1” as the salesperson. Salespeople with ended deals: %2.</source>
        <translation>ninguna operación de esta base de datos ha finalizado con “%1” como vendedor. Vendedores con operaciones finalizadas: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>No deal ended since %1.</source>
        <translation>Ninguna operación ha finalizado desde %1.</translation>
    </message>
    <message numerus="yes">
        <source>Why %n deal(s) ended since %1</source>
        <translation>
            <numerusform>Por qué ha finalizado %n operación desde %1</numerusform>
            <numerusform>Por qué han finalizado %n operaciones desde %1</numerusform>
        </translation>
    </message>
    <message>
        <source>By how they ended:</source>
        <translation>Según cómo finalizaron:</translation>
    </message>
    <message>
        <source>By salesperson:</source>
        <translation>Por vendedor:</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::Amount</name>
    <message>
        <source>That amount is too large: the limit is %1.</source>
        <translation>Ese importe es demasiado grande: el límite es %1.</translation>
    </message>
    <message>
        <source>Enter an amount, not “%1”.</source>
        <translation>Introduzca un importe, no “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a number. Enter an amount such as %2.</source>
        <translation>“%1” no es un número. Introduzca un importe como %2.</translation>
    </message>
    <message>
        <source>Enter a finite amount, not “%1”.</source>
        <translation>Introduzca un importe finito, no “%1”.</translation>
    </message>
    <message>
        <source>Use at most two decimals (“%1”).</source>
        <translation>Use como máximo dos decimales (“%1”).</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::Backups</name>
    <message>
        <source>Cannot create the backup “%1”: %2.</source>
        <translation>No se puede crear la copia de seguridad “%1”: %2.</translation>
    </message>
    <message>
        <source>Backing up “%1” failed.</source>
        <translation>No se ha podido hacer la copia de seguridad de “%1”.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder “%1”.</source>
        <translation>No se puede crear la carpeta de copias de seguridad “%1”.</translation>
    </message>
    <message>
        <source>Cannot create the backup “%1”: it exists already.</source>
        <translation>No se puede crear la copia de seguridad “%1”: ya existe.</translation>
    </message>
    <message>
        <source>The finished copy could not be renamed.</source>
        <translation>No se ha podido cambiar el nombre de la copia terminada.</translation>
    </message>
    <message>
        <source>The backup was stopped.</source>
        <translation>Se ha detenido la copia de seguridad.</translation>
    </message>
    <message numerus="yes">
        <source>The database stayed locked by another program for %n second(s); try again when it is closed.</source>
        <translation>
            <numerusform>Otro programa ha mantenido bloqueada la base de datos durante %n segundo; inténtelo de nuevo cuando esté cerrado.</numerusform>
            <numerusform>Otro programa ha mantenido bloqueada la base de datos durante %n segundos; inténtelo de nuevo cuando esté cerrado.</numerusform>
        </translation>
    </message>
    <message>
        <source>daily backup</source>
        <translation>copia de seguridad diaria</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::CoachingRepository</name>
    <message>
        <source>Reading the deal history failed</source>
        <translation>No se ha podido leer el historial de operaciones</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::Concession</name>
    <message>
        <source>concession %1</source>
        <translation>concesión %1</translation>
    </message>
    <message>
        <source>not an object with date, by, what, value_cents and traded_for</source>
        <translation>no es un objeto con date, by, what, value_cents y traded_for</translation>
    </message>
    <message>
        <source>the date “%1” is not a date (YYYY-MM-DD)</source>
        <translation>la fecha “%1” no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>“by” is “%1”, not one of you, customer or customers_customer</source>
        <translation>“by” es “%1”, que no es ninguno de you, customer o customers_customer</translation>
    </message>
    <message>
        <source>it does not say what was conceded (“what”)</source>
        <translation>no indica qué se ha concedido (“what”)</translation>
    </message>
    <message>
        <source>“traded_for” is not text</source>
        <translation>“traded_for” no es texto</translation>
    </message>
    <message>
        <source>“value_cents” is not an object with an amount per party</source>
        <translation>“value_cents” no es un objeto con un importe por parte</translation>
    </message>
    <message>
        <source>the value to %1 is not a whole number of cents within a trillion</source>
        <translation>el valor para %1 no es un número entero de céntimos inferior a un billón</translation>
    </message>
    <message>
        <source>the concessions are not JSON (%1 at character %2)</source>
        <translation>las concesiones no son JSON (%1 en el carácter %2)</translation>
    </message>
    <message>
        <source>the concessions are not a JSON array</source>
        <translation>las concesiones no son una matriz JSON</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1 (worth %2)</source>
        <translation>%1 (vale %2)</translation>
    </message>
    <message>
        <source>You gave: %1</source>
        <translation>Usted dio: %1</translation>
    </message>
    <message>
        <source>Your customer gave: %1</source>
        <translation>Su cliente dio: %1</translation>
    </message>
    <message>
        <source>Their customer gave: %1</source>
        <translation>El cliente de su cliente dio: %1</translation>
    </message>
    <message>
        <source>nothing received in return yet</source>
        <translation>aún no se ha recibido nada a cambio</translation>
    </message>
    <message>
        <source>traded for: %1</source>
        <translation>a cambio de: %1</translation>
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
        <translation>Usted dio</translation>
    </message>
    <message>
        <source>Your customer gave</source>
        <translation>Su cliente dio</translation>
    </message>
    <message>
        <source>Their customer gave</source>
        <translation>El cliente de su cliente dio</translation>
    </message>
    <message>
        <source>Nothing yet (unreciprocated)</source>
        <translation>Nada aún (sin reciprocidad)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Traded for</source>
        <translation>A cambio de</translation>
    </message>
    <message>
        <source>What the concession is worth to %1, in %2 (a cost is negative)</source>
        <translation>Lo que vale la concesión para %1, en %2 (un coste es negativo)</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Dada por</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::CsvReader</name>
    <message>
        <source>Line %1: a quoted field is never closed (a &quot; is missing), so the rest of the file cannot be read.</source>
        <translation>Línea %1: un campo entre comillas nunca se cierra (falta una &quot;), así que no se puede leer el resto del archivo.</translation>
    </message>
    <message>
        <source>Line %1 is not UTF-8 text (byte %2 of the file). Save the file from the spreadsheet or CRM as “CSV UTF-8” and try again.</source>
        <translation>La línea %1 no es texto UTF-8 (byte %2 del archivo). Guarde el archivo desde la hoja de cálculo o el CRM como “CSV UTF-8” e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Line %1 or the lines after it are not valid UTF-16 text. Save the file from the spreadsheet or CRM as “CSV UTF-8” and try again.</source>
        <translation>La línea %1 o las siguientes no son texto UTF-16 válido. Guarde el archivo desde la hoja de cálculo o el CRM como “CSV UTF-8” e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::Database</name>
    <message>
        <source>Reading the database failed</source>
        <translation>No se ha podido leer la base de datos</translation>
    </message>
    <message>
        <source>Reading the database version failed</source>
        <translation>No se ha podido leer la versión de la base de datos</translation>
    </message>
    <message>
        <source>Starting to save failed</source>
        <translation>No se ha podido empezar a guardar</translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>No se ha podido guardar</translation>
    </message>
    <message>
        <source>Triplewin cannot read “%1”: %2.</source>
        <translation>Triplewin no puede leer “%1”: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a Triplewin database (it is not an SQLite file). Choose another file; this one was left as it is.</source>
        <translation>“%1” no es una base de datos de Triplewin (no es un archivo SQLite). Elija otro archivo; este se ha dejado tal como estaba.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>“%1” es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <source>“%1” is read-only, so Triplewin cannot save deals in it. Make the file writable or choose another one.</source>
        <translation>“%1” es de solo lectura, así que Triplewin no puede guardar operaciones en él. Permita la escritura en el archivo o elija otro.</translation>
    </message>
    <message>
        <source>Triplewin cannot create the folder “%1”.</source>
        <translation>Triplewin no puede crear la carpeta “%1”.</translation>
    </message>
    <message>
        <source>Triplewin cannot create “%1”: %2.</source>
        <translation>Triplewin no puede crear “%1”: %2.</translation>
    </message>
    <message>
        <source>%1: the database file cannot be written.</source>
        <translation>%1: no se puede escribir en el archivo de la base de datos.</translation>
    </message>
    <message>
        <source>%1: the database file is damaged.</source>
        <translation>%1: el archivo de la base de datos está dañado.</translation>
    </message>
    <message>
        <source>%1: the file is not an SQLite database.</source>
        <translation>%1: el archivo no es una base de datos SQLite.</translation>
    </message>
    <message>
        <source>%1: the database reported an error.</source>
        <translation>%1: la base de datos ha notificado un error.</translation>
    </message>
    <message>
        <source>Cannot open “%1”. %2</source>
        <translation>No se puede abrir “%1”. %2</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Triplewin (schema %2; this version knows up to %3). It was left untouched: update Triplewin to open it.</source>
        <translation>“%1” se escribió con una versión más reciente de Triplewin (esquema %2; esta versión admite hasta el %3). No se ha modificado: actualice Triplewin para abrirlo.</translation>
    </message>
    <message>
        <source>Cannot open “%1”.</source>
        <translation>No se puede abrir “%1”.</translation>
    </message>
    <message>
        <source>“%1” is cut short (%2 bytes where its header promises more), for example by an interrupted copy or a full disk. It was left as it is; restore it from a backup.</source>
        <translation>“%1” está truncado (%2 bytes, cuando su cabecera promete más), por ejemplo por una copia interrumpida o un disco lleno. Se ha dejado tal como estaba; restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Triplewin database. It was left as it is; choose another file.</source>
        <translation>“%1” es una base de datos SQLite de otro programa, no una base de datos de Triplewin. Se ha dejado tal como estaba; elija otro archivo.</translation>
    </message>
    <message>
        <source>%1: another program or Triplewin window is using the database and kept it locked. Close it or wait for it to finish, then try again.</source>
        <translation>%1: otro programa u otra ventana de Triplewin está usando la base de datos y la mantiene bloqueada. Ciérrelo o espere a que termine y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1: the disk is full. Free some space, then try again; nothing already saved was changed.</source>
        <translation>%1: el disco está lleno. Libere espacio y vuelva a intentarlo; no se ha modificado nada de lo ya guardado.</translation>
    </message>
    <message>
        <source>The database was not upgraded and is unchanged.</source>
        <translation>La base de datos no se ha actualizado y no ha cambiado.</translation>
    </message>
    <message>
        <source>No database file is open.</source>
        <translation>No hay ningún archivo de base de datos abierto.</translation>
    </message>
    <message>
        <source>Restoring “%1” failed; the deals are as they were.</source>
        <translation>No se ha podido restaurar “%1”; las operaciones siguen como estaban.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Triplewin.</source>
        <translation>“%1” se escribió con una versión más reciente de Triplewin.</translation>
    </message>
    <message>
        <source>“%1” is empty, but “%2” beside it holds %3 bytes of changes that belong to a database. Triplewin left both files as they are: restore the database from a backup, or move both away.</source>
        <translation>“%1” está vacío, pero “%2”, a su lado, contiene %3 bytes de cambios que pertenecen a una base de datos. Triplewin ha dejado ambos archivos tal como estaban: restaure la base de datos desde una copia de seguridad o mueva ambos a otro lugar.</translation>
    </message>
    <message>
        <source>%1: cancelled; nothing was changed.</source>
        <translation>%1: cancelado; no se ha modificado nada.</translation>
    </message>
    <message>
        <source>This build of Triplewin cannot restore a backup: its Qt uses another SQLite than Triplewin. Close Triplewin and copy “%1” over “%2” instead.</source>
        <translation>Esta compilación de Triplewin no puede restaurar copias de seguridad: su Qt usa un SQLite distinto del de Triplewin. Cierre Triplewin y copie “%1” sobre “%2”.</translation>
    </message>
    <message>
        <source>%1: the connection to the team server was lost. Nothing of this was saved on the server.</source>
        <translation>%1: se ha perdido la conexión con el servidor de equipo. No se ha guardado nada de esto en el servidor.</translation>
    </message>
    <message>
        <source>%1: someone else was changing the same rows on the team server at the same moment. Nothing was changed; try again.</source>
        <translation>%1: otra persona estaba modificando las mismas filas en el servidor de equipo en ese mismo momento. No se ha modificado nada; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1: the team server does not allow your login to do this (a deal is changed only by the salesperson it belongs to). Nothing was changed.</source>
        <translation>%1: el servidor de equipo no permite que su usuario haga esto (una operación solo puede modificarla el vendedor al que pertenece). No se ha modificado nada.</translation>
    </message>
    <message>
        <source>%1: the team server reported an error.</source>
        <translation>%1: el servidor de equipo ha notificado un error.</translation>
    </message>
    <message>
        <source>%1: the team server&apos;s disk is full. Nothing was changed; tell whoever runs the server.</source>
        <translation>%1: el disco del servidor de equipo está lleno. No se ha modificado nada; avise a quien administre el servidor.</translation>
    </message>
    <message>
        <source>The team server %1 has no Triplewin tables yet. Whoever runs it sets them up once with “triplewin-cli server init”.</source>
        <translation>El servidor de equipo %1 aún no tiene las tablas de Triplewin. Quien lo administre debe crearlas una vez con “triplewin-cli server init”.</translation>
    </message>
    <message>
        <source>Cannot use the team server.</source>
        <translation>No se puede usar el servidor de equipo.</translation>
    </message>
    <message>
        <source>No team server was open.</source>
        <translation>No había ningún servidor de equipo abierto.</translation>
    </message>
    <message>
        <source>The team server %1 was set up by an older version of Triplewin (server schema %2; this version needs %3). Nothing was changed: whoever runs it upgrades it in place with “triplewin-cli server init”, which keeps every deal.</source>
        <translation>El servidor de equipo %1 se configuró con una versión anterior de Triplewin (esquema del servidor %2; esta versión necesita el %3). No se ha modificado nada: quien lo administre debe actualizarlo con “triplewin-cli server init”, que conserva todas las operaciones.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::Deal</name>
    <message>
        <source>Preparing</source>
        <translation>En preparación</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>En negociación</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Walked away</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Give the deal a title before saving it.</source>
        <translation>Ponga un título a la operación antes de guardarla.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as EUR or USD, not “%1”.</source>
        <translation>La moneda debe ser un código de tres letras como EUR o USD, no “%1”.</translation>
    </message>
    <message>
        <source>Option %1 needs a name.</source>
        <translation>La opción %1 necesita un nombre.</translation>
    </message>
    <message>
        <source>The title holds a NUL character (a zero byte), which is not text.</source>
        <translation>El título contiene un carácter NUL (un byte cero), que no es texto.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::DealExporter</name>
    <message>
        <source>Writing the export failed: %1</source>
        <translation>No se ha podido escribir la exportación: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se ha cancelado la exportación.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::DealImporter</name>
    <message>
        <source>%1 “%2” is not a date (write it like 2026-03-31, 3/31/2026 or 31.3.2026).</source>
        <translation>%1 “%2” no es una fecha (escríbala como 2026-03-31, 3/31/2026 o 31.3.2026).</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date or time.</source>
        <translation>%1 “%2” no es una fecha ni una hora.</translation>
    </message>
    <message>
        <source>The deal has no title (the column “%1” is empty).</source>
        <translation>La operación no tiene título (la columna “%1” está vacía).</translation>
    </message>
    <message>
        <source>The currency “%1” is not a three-letter code such as EUR or USD.</source>
        <translation>La moneda “%1” no es un código de tres letras como EUR o USD.</translation>
    </message>
    <message>
        <source>The close date</source>
        <translation>La fecha de cierre</translation>
    </message>
    <message>
        <source>The creation date</source>
        <translation>La fecha de creación</translation>
    </message>
    <message>
        <source>The closing date</source>
        <translation>La fecha de cierre</translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation>Importada de %1.</translation>
    </message>
    <message>
        <source>CRM amount: %1</source>
        <translation>Importe en el CRM: %1</translation>
    </message>
    <message>
        <source>CRM stage: %1</source>
        <translation>Etapa en el CRM: %1</translation>
    </message>
    <message>
        <source>CRM status: %1</source>
        <translation>Estado en el CRM: %1</translation>
    </message>
    <message>
        <source>CRM result: won</source>
        <translation>Resultado en el CRM: ganada</translation>
    </message>
    <message>
        <source>CRM result: lost</source>
        <translation>Resultado en el CRM: perdida</translation>
    </message>
    <message>
        <source>Lost reason: %1</source>
        <translation>Motivo de la pérdida: %1</translation>
    </message>
    <message>
        <source>Probability: %1</source>
        <translation>Probabilidad: %1</translation>
    </message>
    <message>
        <source>Pipeline: %1</source>
        <translation>Embudo: %1</translation>
    </message>
    <message>
        <source>CRM record ID: %1</source>
        <translation>ID de registro en el CRM: %1</translation>
    </message>
    <message>
        <source>The CRM gave no close date; the import date was used.</source>
        <translation>El CRM no indicaba fecha de cierre; se ha usado la fecha de importación.</translation>
    </message>
    <message>
        <source>The expected close date</source>
        <translation>La fecha de cierre prevista</translation>
    </message>
    <message>
        <source>The creation time</source>
        <translation>La hora de creación</translation>
    </message>
    <message>
        <source>The status “%1” is not one of preparing, negotiating, closed or walked_away.</source>
        <translation>El estado “%1” no es ninguno de preparing, negotiating, closed o walked_away.</translation>
    </message>
    <message>
        <source>The outcome “%1” is not one Triplewin knows.</source>
        <translation>Triplewin no conoce el desenlace “%1”.</translation>
    </message>
    <message>
        <source>The result “%1” is not one of win, even, lose or unknown.</source>
        <translation>El resultado “%1” no es ninguno de win, even, lose o unknown.</translation>
    </message>
    <message>
        <source>The value for “%1”</source>
        <translation>El valor para “%1”</translation>
    </message>
    <message>
        <source>The reference point for “%1”</source>
        <translation>El punto de referencia para “%1”</translation>
    </message>
    <message>
        <source>The row has values but no option name.</source>
        <translation>La fila tiene valores pero no tiene nombre de opción.</translation>
    </message>
    <message>
        <source>The row has %1 fields but the header only %2: is a delimiter inside a field that is not in quotes?</source>
        <translation>La fila tiene %1 campos, pero el encabezado solo %2: ¿hay un delimitador dentro de un campo que no está entre comillas?</translation>
    </message>
    <message>
        <source>This row belongs to the deal “%1” of line %2 but its deal columns (everything before the option) differ from that row&apos;s.</source>
        <translation>Esta fila pertenece a la operación “%1” de la línea %2, pero sus columnas de operación (todo lo anterior a la opción) difieren de las de esa fila.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file has no title column for %1. Its columns are: %2.</source>
        <translation>El archivo no tiene columna de título para %1. Sus columnas son: %2.</translation>
    </message>
    <message>
        <source>The columns of this file are not those of a Triplewin, Salesforce, HubSpot or Pipedrive export, so Triplewin cannot tell which column holds what. Its columns are: %1.</source>
        <translation>Las columnas de este archivo no son las de una exportación de Triplewin, Salesforce, HubSpot o Pipedrive, así que Triplewin no puede saber qué contiene cada columna. Sus columnas son: %1.</translation>
    </message>
    <message>
        <source>a CSV file</source>
        <translation>un archivo CSV</translation>
    </message>
    <message>
        <source>The row has %1 fields but the header %2: a line break or a delimiter missing, or the row was cut off?</source>
        <translation>La fila tiene %1 campos, pero el encabezado %2: ¿falta un salto de línea o un delimitador, o se ha cortado la fila?</translation>
    </message>
    <message>
        <source>%1 is also on line %2: one record, two rows.</source>
        <translation>%1 también está en la línea %2: un registro, dos filas.</translation>
    </message>
    <message>
        <source>The record ID “%1”</source>
        <translation>El ID de registro “%1”</translation>
    </message>
    <message>
        <source>The same deal (owner, title and creation date) without a record ID</source>
        <translation>La misma operación (propietario, título y fecha de creación) sin ID de registro</translation>
    </message>
    <message>
        <source>The time of the last change</source>
        <translation>La hora del último cambio</translation>
    </message>
    <message>
        <source>The outcome “%1” contradicts the results (you: %2, customer: %3, their customer: %4), which make it “%5”.</source>
        <translation>El desenlace “%1” contradice los resultados (usted: %2, cliente: %3, el cliente de su cliente: %4), según los cuales es “%5”.</translation>
    </message>
    <message numerus="yes">
        <source>%n new deal(s)</source>
        <translation>
            <numerusform>%n operación nueva</numerusform>
            <numerusform>%n operaciones nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizada</numerusform>
            <numerusform>%n actualizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with changes not applied</source>
        <translation>
            <numerusform>%n con cambios no aplicados</numerusform>
            <numerusform>%n con cambios no aplicados</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>%1 “%2” is ambiguous: it is a thousand times more where the separator groups thousands than where it is the decimal mark, and no other amount in the file says which. Give the decimal mark (Decimal mark in the import dialog, --decimal with the command line), or write the cents (1,234.00).</source>
        <translation>%1 “%2” es ambiguo: vale mil veces más si el separador agrupa los miles que si es la marca decimal, y ningún otro importe del archivo lo aclara. Indique la marca decimal (Separador decimal en el diálogo de importación, --decimal en la línea de comandos) o escriba los céntimos (1,234.00).</translation>
    </message>
    <message>
        <source>%1 “%2” is not an amount (write it like 1234.50, $1,234.50 or 1.234,50 €; groups of three digits; at most two decimals).</source>
        <translation>%1 “%2” no es un importe (escríbalo como 1234.50, $1,234.50 o 1.234,50 €; grupos de tres dígitos; como máximo dos decimales).</translation>
    </message>
    <message>
        <source>The amount</source>
        <translation>El importe</translation>
    </message>
    <message>
        <source>The column “%1” holds a NUL character (a zero byte), which is not text: the file is damaged or not a text file.</source>
        <translation>La columna “%1” contiene un carácter NUL (un byte cero), que no es texto: el archivo está dañado o no es un archivo de texto.</translation>
    </message>
    <message>
        <source>The time the deal ended</source>
        <translation>La hora en que finalizó la operación</translation>
    </message>
    <message>
        <source>The status “%1” contradicts the ending (“%2” at %3): it should be “%4”.</source>
        <translation>El estado “%1” contradice el final (“%2” el %3): debería ser “%4”.</translation>
    </message>
    <message>
        <source>The deal is marked %1 but has no time it ended.</source>
        <translation>La operación está marcada como %1, pero no tiene hora de finalización.</translation>
    </message>
    <message>
        <source>The confidence “%1” in %2 is not one of low, medium or high.</source>
        <translation>La confianza “%1” en %2 no es ninguna de low, medium o high.</translation>
    </message>
    <message>
        <source>The concessions column: %1.</source>
        <translation>La columna de concesiones: %1.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::DealListModel</name>
    <message>
        <source>%1 (salesperson: %2)</source>
        <translation>%1 (vendedor: %2)</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificada</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::DealRepository</name>
    <message>
        <source>The database holds a value Triplewin cannot read: %1.</source>
        <translation>La base de datos contiene un valor que Triplewin no puede leer: %1.</translation>
    </message>
    <message>
        <source>Loading the deal failed</source>
        <translation>No se ha podido cargar la operación</translation>
    </message>
    <message>
        <source>Saving the deal failed</source>
        <translation>No se ha podido guardar la operación</translation>
    </message>
    <message>
        <source>An amount in option “%1” is too large.</source>
        <translation>Un importe de la opción “%1” es demasiado grande.</translation>
    </message>
    <message>
        <source>That deal is no longer in the database.</source>
        <translation>Esa operación ya no está en la base de datos.</translation>
    </message>
    <message>
        <source>status “%1” of deal “%2”</source>
        <translation>estado “%1” de la operación “%2”</translation>
    </message>
    <message>
        <source>party “%1” in option “%2”</source>
        <translation>parte “%1” en la opción “%2”</translation>
    </message>
    <message>
        <source>an amount out of range in option “%1”</source>
        <translation>un importe fuera de rango en la opción “%1”</translation>
    </message>
    <message>
        <source>Listing the deals failed</source>
        <translation>No se ha podido obtener la lista de operaciones</translation>
    </message>
    <message>
        <source>Counting the deals failed</source>
        <translation>No se han podido contar las operaciones</translation>
    </message>
    <message>
        <source>Moving the deal failed</source>
        <translation>No se ha podido mover la operación</translation>
    </message>
    <message>
        <source>That deal is not in the trash.</source>
        <translation>Esa operación no está en la papelera.</translation>
    </message>
    <message>
        <source>That deal is no longer in the list.</source>
        <translation>Esa operación ya no está en la lista.</translation>
    </message>
    <message>
        <source>Emptying the trash failed</source>
        <translation>No se ha podido vaciar la papelera</translation>
    </message>
    <message>
        <source>walked away transparently</source>
        <translation>se retiró con transparencia</translation>
    </message>
    <message>
        <source>agreed “%1”: %2</source>
        <translation>acordada “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is already saved; only new deals can be added.</source>
        <translation>“%1” ya está guardada; solo se pueden añadir operaciones nuevas.</translation>
    </message>
    <message>
        <source>“%1” is already closed. Reopen it first.</source>
        <translation>“%1” ya está cerrada. Reábrala primero.</translation>
    </message>
    <message>
        <source>The agreed option is not part of “%1” (save the deal first).</source>
        <translation>La opción acordada no forma parte de “%1” (guarde primero la operación).</translation>
    </message>
    <message>
        <source>“%1” has already ended. Reopen it first.</source>
        <translation>“%1” ya ha finalizado. Reábrala primero.</translation>
    </message>
    <message>
        <source>outcome “%1” of deal “%2”</source>
        <translation>desenlace “%1” de la operación “%2”</translation>
    </message>
    <message>
        <source>Adding the deals was stopped; nothing was saved.</source>
        <translation>Se ha detenido la incorporación de operaciones; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>“%1” is already in this database (same deal id %2): the file was imported before. To bring a colleague&apos;s deals together, merge their database instead.</source>
        <translation>“%1” ya está en esta base de datos (mismo id de operación %2): el archivo ya se importó. Para reunir las operaciones de un compañero, combine su base de datos.</translation>
    </message>
    <message>
        <source>“%1” is no longer in the database: it was deleted or moved to the trash elsewhere. Your edits were not saved.</source>
        <translation>“%1” ya no está en la base de datos: se eliminó o se movió a la papelera en otro lugar. Sus cambios no se han guardado.</translation>
    </message>
    <message>
        <source>“%1” was changed elsewhere after you opened it (in another window or program), so saving would overwrite those changes. Your edits were not saved.</source>
        <translation>“%1” se modificó en otro lugar después de que usted la abriera (en otra ventana u otro programa), así que al guardar se sobrescribirían esos cambios. Sus cambios no se han guardado.</translation>
    </message>
    <message>
        <source>Your name is not set, so this cannot be recorded. Enter it under Settings ▸ Your Name.</source>
        <translation>Su nombre no está configurado, así que no se puede registrar esto. Introdúzcalo en Configuración ▸ Su nombre.</translation>
    </message>
    <message>
        <source>Importing the deals failed</source>
        <translation>No se han podido importar las operaciones</translation>
    </message>
    <message>
        <source>won</source>
        <translation>ganada</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>perdida</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>The deal is in the trash here, so the CRM&apos;s changes were not applied. Restore it and import again.</source>
        <translation>Aquí la operación está en la papelera, así que no se han aplicado los cambios del CRM. Restáurela y vuelva a importar.</translation>
    </message>
    <message>
        <source>The CRM&apos;s notes changed, but the notes it wrote before were edited here, so they were kept as they are. The CRM now says: %1</source>
        <translation>Las notas del CRM han cambiado, pero las que escribió antes se editaron aquí, así que se han conservado tal como están. El CRM ahora dice: %1</translation>
    </message>
    <message>
        <source>The CRM now says “%1” (it said “%2”). The deal has ended here (%3) and keeps that ending.</source>
        <translation>El CRM ahora dice “%1” (antes decía “%2”). La operación ha finalizado aquí (%3) y conserva ese final.</translation>
    </message>
    <message>
        <source>The CRM now says “%1” (it said “%2”). Triplewin keeps the deal open: close it or walk away here if that is what happened.</source>
        <translation>El CRM ahora dice “%1” (antes decía “%2”). Triplewin mantiene la operación abierta: ciérrela o retírese aquí si es lo que ocurrió.</translation>
    </message>
    <message>
        <source>The deal is in the trash here, so the file&apos;s version was not applied. Restore it and import again.</source>
        <translation>Aquí la operación está en la papelera, así que no se ha aplicado la versión del archivo. Restáurela y vuelva a importar.</translation>
    </message>
    <message>
        <source>The file&apos;s version differs from the deal saved here, which has ended (or ends in the file): an ending changes only by closing, walking away or reopening. The saved deal was kept.</source>
        <translation>La versión del archivo difiere de la operación guardada aquí, que ha finalizado (o finaliza en el archivo): un final solo cambia al cerrar, retirarse o reabrir. Se ha conservado la operación guardada.</translation>
    </message>
    <message>
        <source>The deal was changed here after this file was exported, and the file&apos;s version differs too. The saved deal was kept; open both and copy what you need.</source>
        <translation>La operación se modificó aquí después de exportar este archivo, y la versión del archivo también difiere. Se ha conservado la operación guardada; abra ambas y copie lo que necesite.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>That deal is in the trash or no longer in the database.</source>
        <translation>Esa operación está en la papelera o ya no está en la base de datos.</translation>
    </message>
    <message>
        <source>Reading the deals failed</source>
        <translation>No se han podido leer las operaciones</translation>
    </message>
    <message>
        <source>That deal has not ended, so it cannot be reopened.</source>
        <translation>Esa operación no ha finalizado, así que no se puede reabrir.</translation>
    </message>
    <message>
        <source>A deal of the file is already in this database, where you cannot see it (another login&apos;s deal with the same deal id).</source>
        <translation>Una operación del archivo ya está en esta base de datos, donde usted no puede verla (una operación de otro usuario con el mismo id de operación).</translation>
    </message>
    <message>
        <source>%1; closed anyway because: %2</source>
        <translation>%1; cerrada de todos modos porque: %2</translation>
    </message>
    <message>
        <source>%1; reason: %2</source>
        <translation>%1; motivo: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>confidence “%1” of deal “%2”</source>
        <translation>confianza “%1” de la operación “%2”</translation>
    </message>
    <message>
        <source>%1 of deal “%2”</source>
        <translation>%1 de la operación “%2”</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::DraftRepository</name>
    <message>
        <source>Keeping a copy of your unsaved changes</source>
        <translation>Guardando una copia de sus cambios sin guardar</translation>
    </message>
    <message>
        <source>The autosaved copy of your unsaved changes cannot be read.</source>
        <translation>No se puede leer la copia guardada automáticamente de sus cambios sin guardar.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::EndingReason</name>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Competidor</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Sin decisión</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Why it ended: %1.</source>
        <translation>Por qué finalizó: %1.</translation>
    </message>
    <message>
        <source>Why it ended: %1</source>
        <translation>Por qué finalizó: %1</translation>
    </message>
    <message>
        <source>Why it ended: %1 — %2</source>
        <translation>Por qué finalizó: %1 — %2</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::EndingReasons</name>
    <message>
        <source>No reason given</source>
        <translation>Sin motivo indicado</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::Habits</name>
    <message>
        <source>Concession habit (lose/win)</source>
        <translation>Hábito de concesión (perder/ganar)</translation>
    </message>
    <message>
        <source>Hard-bargain habit (win/lose)</source>
        <translation>Hábito de negociación dura (ganar/perder)</translation>
    </message>
    <message>
        <source>Chain blind spot</source>
        <translation>Punto ciego de la cadena</translation>
    </message>
    <message>
        <source>Never walks away</source>
        <translation>Nunca se retira</translation>
    </message>
    <message>
        <source>%1 came off worse last time: “%2”, closed %3 by %4, was %5. Look for an option that is good for them this time.</source>
        <translation>%1 salió perjudicado la última vez: “%2”, cerrada el %3 por %4, fue %5. Busque esta vez una opción que le favorezca.</translation>
    </message>
    <message>
        <source>%1 came off worse last time: “%2”, closed %3, was %4. Look for an option that is good for them this time.</source>
        <translation>%1 salió perjudicado la última vez: “%2”, cerrada el %3, fue %4. Busque esta vez una opción que le favorezca.</translation>
    </message>
    <message>
        <source>You gave in to close: the customer came out ahead and you fell below your walk-away point. A concession to close becomes a habit, and it costs respect on both sides.</source>
        <translation>Usted cedió para cerrar: el cliente salió ganando y usted quedó por debajo de su punto de abandono. Hacer una concesión para cerrar se convierte en hábito y cuesta respeto a ambas partes.</translation>
    </message>
    <message>
        <source>%1 gave in to close: the customer came out ahead and %1 fell below their own walk-away point. A concession to close becomes a habit, and it costs respect on both sides.</source>
        <translation>%1 cedió para cerrar: el cliente salió ganando y %1 quedó por debajo de su propio punto de abandono. Hacer una concesión para cerrar se convierte en hábito y cuesta respeto a ambas partes.</translation>
    </message>
    <message>
        <source>You came out ahead while the customer fell below their best alternative. Win/lose works once: a customer who came off worse will not consider you next time.</source>
        <translation>Usted salió ganando mientras el cliente quedó por debajo de su mejor alternativa. Ganar/perder funciona una vez: un cliente que salió perjudicado no contará con usted la próxima vez.</translation>
    </message>
    <message>
        <source>%1 came out ahead while the customer fell below their best alternative. Win/lose works once: a customer who came off worse will not consider %1 next time.</source>
        <translation>%1 salió ganando mientras el cliente quedó por debajo de su mejor alternativa. Ganar/perder funciona una vez: un cliente que salió perjudicado no contará con %1 la próxima vez.</translation>
    </message>
    <message>
        <source>Their customer&apos;s value was not assessed, or was a loss. The best deals deliver value up the chain, to your customer&apos;s own customer.</source>
        <translation>No se evaluó el valor para el cliente de su cliente, o fue una pérdida. Las mejores operaciones aportan valor a lo largo de la cadena, hasta el propio cliente de su cliente.</translation>
    </message>
    <message>
        <source>In %1&apos;s deals the customer&apos;s customer was not assessed, or lost. The best deals deliver value up the chain, to the customer&apos;s own customer.</source>
        <translation>En las operaciones de %1, el cliente del cliente no se evaluó o salió perdiendo. Las mejores operaciones aportan valor a lo largo de la cadena, hasta el propio cliente del cliente.</translation>
    </message>
    <message>
        <source>You kept closing deals you lost and did not walk away from any. When no win/win can be found, saying so openly and walking away builds more trust than a bad deal.</source>
        <translation>Usted siguió cerrando operaciones en las que perdía y no se retiró de ninguna. Cuando no se encuentra un ganar/ganar, decirlo abiertamente y retirarse genera más confianza que una mala operación.</translation>
    </message>
    <message>
        <source>%1 kept closing deals they lost and did not walk away from any. When no win/win can be found, saying so openly and walking away builds more trust than a bad deal.</source>
        <translation>%1 siguió cerrando operaciones en las que perdía y no se retiró de ninguna. Cuando no se encuentra un ganar/ganar, decirlo abiertamente y retirarse genera más confianza que una mala operación.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of your last %n closed deal(s)</source>
        <translation>
            <numerusform>%1 de %n: su última operación cerrada</numerusform>
            <numerusform>%1 de sus últimas %n operaciones cerradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of your last %n ended deal(s)</source>
        <translation>
            <numerusform>%1 de %n: su última operación finalizada</numerusform>
            <numerusform>%1 de sus últimas %n operaciones finalizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2&apos;s last %n closed deal(s)</source>
        <translation>
            <numerusform>%1 de %n: la última operación cerrada de %2</numerusform>
            <numerusform>%1 de las últimas %n operaciones cerradas de %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2&apos;s last %n ended deal(s)</source>
        <translation>
            <numerusform>%1 de %n: la última operación finalizada de %2</numerusform>
            <numerusform>%1 de las últimas %n operaciones finalizadas de %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Gives without getting</source>
        <translation>Da sin recibir</translation>
    </message>
    <message numerus="yes">
        <source>You gave %n concession(s) with nothing received in return. Trade each one (“if you …, then we …”): a concession given for nothing teaches the other side that asking is enough.</source>
        <translation>
            <numerusform>Usted hizo %n concesión sin recibir nada a cambio. Pida algo a cambio de cada una (“si ustedes…, entonces nosotros…”): una concesión regalada enseña a la otra parte que basta con pedir.</numerusform>
            <numerusform>Usted hizo %n concesiones sin recibir nada a cambio. Pida algo a cambio de cada una (“si ustedes…, entonces nosotros…”): una concesión regalada enseña a la otra parte que basta con pedir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 gave %n concession(s) with nothing received in return. A concession traded for something (“if …, then …”) keeps the other side from learning that asking is enough.</source>
        <translation>
            <numerusform>%1 hizo %n concesión sin recibir nada a cambio. Una concesión intercambiada por algo (“si…, entonces…”) evita que la otra parte aprenda que basta con pedir.</numerusform>
            <numerusform>%1 hizo %n concesiones sin recibir nada a cambio. Una concesión intercambiada por algo (“si…, entonces…”) evita que la otra parte aprenda que basta con pedir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::InputFile</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” no existe.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>“%1” es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (a device, a pipe or a socket), so it is not read: it might never end.</source>
        <translation>“%1” no es un archivo normal (es un dispositivo, una tubería o un socket), así que no se lee: podría no terminar nunca.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::NoteRepository</name>
    <message>
        <source>Write the note first.</source>
        <translation>Escriba primero la nota.</translation>
    </message>
    <message>
        <source>Saving the note failed</source>
        <translation>No se ha podido guardar la nota</translation>
    </message>
    <message>
        <source>Reading the notes failed</source>
        <translation>No se han podido leer las notas</translation>
    </message>
    <message>
        <source>Your name is not set, so the note cannot be signed. Enter it under Settings ▸ Your Name.</source>
        <translation>Su nombre no está configurado, así que la nota no se puede firmar. Introdúzcalo en Configuración ▸ Su nombre.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::OptionAnalysis</name>
    <message>
        <source>you</source>
        <translation>usted</translation>
    </message>
    <message>
        <source>your customer</source>
        <translation>su cliente</translation>
    </message>
    <message>
        <source>their customer</source>
        <translation>el cliente de su cliente</translation>
    </message>
    <message>
        <source>Below walk-away for %1</source>
        <translation>Por debajo del punto de abandono para %1</translation>
    </message>
    <message>
        <source>option %1</source>
        <translation>opción %1</translation>
    </message>
    <message>
        <source>Dominated by %1: as good for everyone, better for %2</source>
        <translation>Dominada por %1: igual de buena para todos, mejor para %2</translation>
    </message>
    <message>
        <source>Dominated by %1</source>
        <translation>Dominada por %1</translation>
    </message>
    <message>
        <source>Below walk-away</source>
        <translation>Bajo mínimos</translation>
    </message>
    <message>
        <source>It leaves you below your walk-away point.</source>
        <translation>Le deja por debajo de su punto de abandono.</translation>
    </message>
    <message>
        <source>It leaves your customer below their best alternative.</source>
        <translation>Deja a su cliente por debajo de su mejor alternativa.</translation>
    </message>
    <message>
        <source>It was the best option for all: no value left on the table.</source>
        <translation>Era la mejor opción para todos: no se ha dejado valor sobre la mesa.</translation>
    </message>
    <message>
        <source>Value left on the table against “%1”, the best option for all: you %2, your customer %3, their customer %4; %5 in all (a negative figure: more than that option gives).</source>
        <translation>Valor dejado sobre la mesa frente a “%1”, la mejor opción para todos: usted %2, su cliente %3, el cliente de su cliente %4; %5 en total (una cifra negativa: más de lo que da esa opción).</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::OptionsByPartyModel</name>
    <message>
        <source>%1: the value of this option, against the %2</source>
        <translation>%1: el valor de esta opción, comparado con la referencia (%2)</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>What the option means for you and your customer together</source>
        <translation>Lo que significa la opción para usted y su cliente en conjunto</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Desenlace</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>What the option is worth to the party; empty when not assessed</source>
        <translation>Lo que vale la opción para la parte; vacío si no se ha evaluado</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>The party&apos;s reference point: your walk-away point, your customer&apos;s best alternative, their customer&apos;s status quo</source>
        <translation>El punto de referencia de la parte: su punto de abandono, la mejor alternativa de su cliente, el statu quo del cliente de su cliente</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::OptionsModel</name>
    <message>
        <source>Not assessed yet: type an estimate.</source>
        <translation>Aún sin evaluar: escriba una estimación.</translation>
    </message>
    <message>
        <source>%1 against a %2 of %3 (even within ±%4)</source>
        <translation>%1 frente a la referencia (%2) de %3 (empata dentro de ±%4)</translation>
    </message>
    <message>
        <source>An option needs a name.</source>
        <translation>Una opción necesita un nombre.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Desenlace</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>result</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>Not assessed yet: type the %1 (0 is a figure too).</source>
        <translation>Aún sin evaluar: escriba un valor para “%1” (0 también es una cifra).</translation>
    </message>
    <message>
        <source>No result until both the value and the %1 are entered.</source>
        <translation>No hay resultado hasta que se introduzcan tanto el valor como la referencia (%1).</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::Outcome</name>
    <message>
        <source>not assessed</source>
        <translation>sin evaluar</translation>
    </message>
    <message>
        <source>lose/lose</source>
        <translation>perder/perder</translation>
    </message>
    <message>
        <source>lose/win</source>
        <translation>perder/ganar</translation>
    </message>
    <message>
        <source>win/lose</source>
        <translation>ganar/perder</translation>
    </message>
    <message>
        <source>win/win</source>
        <translation>ganar/ganar</translation>
    </message>
    <message>
        <source>win-win-win</source>
        <translation>ganar-ganar-ganar</translation>
    </message>
    <message>
        <source>Estimate the value for you and your customer to see the outcome.</source>
        <translation>Estime el valor para usted y para su cliente para ver el desenlace.</translation>
    </message>
    <message>
        <source>Both you and your customer would be worse off than without this deal.</source>
        <translation>Tanto usted como su cliente saldrían peor parados que sin esta operación.</translation>
    </message>
    <message>
        <source>A concession: your customer gains and you fall below your walk-away point. Concessions become habits.</source>
        <translation>Una concesión: su cliente gana y usted queda por debajo de su punto de abandono. Las concesiones se convierten en hábitos.</translation>
    </message>
    <message>
        <source>A hard bargain: you gain and your customer falls below their best alternative. It works once; they will not come back.</source>
        <translation>Una negociación dura: usted gana y su cliente queda por debajo de su mejor alternativa. Funciona una vez; no volverá.</translation>
    </message>
    <message>
        <source>Good for you and for your customer. Can it also help their customer?</source>
        <translation>Buena para usted y para su cliente. ¿Puede ayudar también al cliente de su cliente?</translation>
    </message>
    <message>
        <source>Good for you, your customer and their customer: the best kind of deal.</source>
        <translation>Buena para usted, para su cliente y para el cliente de su cliente: el mejor tipo de operación.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::Party</name>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Your customer</source>
        <translation>Su cliente</translation>
    </message>
    <message>
        <source>Their customer</source>
        <translation>El cliente de su cliente</translation>
    </message>
    <message>
        <source>walk-away point</source>
        <translation>punto de abandono</translation>
    </message>
    <message>
        <source>best alternative</source>
        <translation>mejor alternativa</translation>
    </message>
    <message>
        <source>status quo</source>
        <translation>statu quo</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::PartyPreparation</name>
    <message>
        <source>Not said</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>%1: basis not said</source>
        <translation>%1: base no indicada</translation>
    </message>
    <message>
        <source>%1 based on: %2</source>
        <translation>%1 basado en: %2</translation>
    </message>
    <message>
        <source>%1 (confidence: %2)</source>
        <translation>%1 (confianza: %2)</translation>
    </message>
    <message>
        <source>Interests: %1.</source>
        <translation>Intereses: %1.</translation>
    </message>
    <message>
        <source>Relationship: %1</source>
        <translation>Relación: %1</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::RelationalQuotient</name>
    <message>
        <source>walked away</source>
        <translation>se retiró</translation>
    </message>
    <message>
        <source>&lt;p&gt;The relational quotient (RQ) scores how co-operative your ended deals were, from 0 to 100. Each deal counts with a weight, and the RQ is the average weight, rounded:&lt;/p&gt;&lt;p align=&quot;center&quot;&gt;&lt;b&gt;RQ = Σ weight × deals ÷ Σ deals&lt;/b&gt;&lt;/p&gt;&lt;table cellpadding=&quot;3&quot;&gt;&lt;tr&gt;&lt;td&gt;win-win-win&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;win/win&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;walked away transparently&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;lose/win (a concession)&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;win/lose (a hard bargain)&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;lose/lose&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Deals where everyone gains raise your RQ above the neutral 50; deals where someone at the table loses lower it. A transparent walk-away counts in your favour: saying openly that no win/win exists builds the relationship. Only the outcome frozen when a deal ended counts, and only when it is known: a deal that ended without a value for each party (won or lost in a CRM, closed with a value missing) waits in the coach&apos;s list to assess and does not count until it is assessed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;El cociente relacional (CR) puntúa de 0 a 100 lo cooperativas que fueron sus operaciones finalizadas. Cada operación cuenta con un peso, y el CR es el peso medio, redondeado:&lt;/p&gt;&lt;p align=&quot;center&quot;&gt;&lt;b&gt;CR = Σ peso × operaciones ÷ Σ operaciones&lt;/b&gt;&lt;/p&gt;&lt;table cellpadding=&quot;3&quot;&gt;&lt;tr&gt;&lt;td&gt;ganar-ganar-ganar&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;ganar/ganar&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;se retiró con transparencia&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;perder/ganar (una concesión)&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;ganar/perder (una negociación dura)&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;perder/perder&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Las operaciones en las que todos ganan elevan su CR por encima del 50 neutro; las operaciones en las que alguien de la mesa pierde lo reducen. Retirarse con transparencia cuenta a su favor: decir abiertamente que no existe un ganar/ganar fortalece la relación. Solo cuenta el desenlace fijado al finalizar una operación, y solo cuando se conoce: una operación que finalizó sin un valor para cada parte (ganada o perdida en un CRM, cerrada con un valor ausente) espera en la lista del coach para evaluarla y no cuenta hasta que se evalúe.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::Result</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>lose</source>
        <translation>pierde</translation>
    </message>
    <message>
        <source>even</source>
        <translation>empata</translation>
    </message>
    <message>
        <source>win</source>
        <translation>gana</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::RoomServer</name>
    <message>
        <source>This address takes only %1.</source>
        <translation>Esta dirección solo admite %1.</translation>
    </message>
    <message>
        <source>Cannot open the room on %1, port %2: %3</source>
        <translation>No se puede abrir la sala en %1, puerto %2: %3</translation>
    </message>
    <message>
        <source>Too many requests from this device; wait a moment.</source>
        <translation>Demasiadas solicitudes desde este dispositivo; espere un momento.</translation>
    </message>
    <message>
        <source>There is no room at this address; check the code.</source>
        <translation>No hay ninguna sala en esta dirección; compruebe el código.</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>La solicitud es demasiado grande.</translation>
    </message>
    <message>
        <source>There is nothing at this address.</source>
        <translation>No hay nada en esta dirección.</translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation>La solicitud no es un objeto JSON.</translation>
    </message>
    <message>
        <source>A nickname is text.</source>
        <translation>Un apodo debe ser texto.</translation>
    </message>
    <message>
        <source>Join the room first.</source>
        <translation>Únase primero a la sala.</translation>
    </message>
    <message>
        <source>The room has moved on to another scenario.</source>
        <translation>La sala ha pasado a otro escenario.</translation>
    </message>
    <message>
        <source>The vote is closed.</source>
        <translation>La votación está cerrada.</translation>
    </message>
    <message>
        <source>This device has joined the room already.</source>
        <translation>Este dispositivo ya se ha unido a la sala.</translation>
    </message>
    <message>
        <source>Triplewin workshop room</source>
        <translation>Sala del taller de Triplewin</translation>
    </message>
    <message>
        <source>Join the workshop room</source>
        <translation>Unirse a la sala del taller</translation>
    </message>
    <message>
        <source>Your answers are anonymous unless you give a nickname.</source>
        <translation>Sus respuestas son anónimas salvo que indique un apodo.</translation>
    </message>
    <message>
        <source>Nickname (optional)</source>
        <translation>Apodo (opcional)</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <source>You are in</source>
        <translation>Ya está dentro</translation>
    </message>
    <message>
        <source>Wait for the trainer to ask the room.</source>
        <translation>Espere a que el formador pregunte a la sala.</translation>
    </message>
    <message>
        <source>For each option: does each party win, break even or lose against its own walk-away point? You can change your answers until the trainer closes the vote.</source>
        <translation>Para cada opción: ¿cada parte gana, empata o pierde frente a su propio punto de abandono? Puede cambiar sus respuestas hasta que el formador cierre la votación.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Win</source>
        <translation>Gana</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>Empata</translation>
    </message>
    <message>
        <source>Lose</source>
        <translation>Pierde</translation>
    </message>
    <message>
        <source>Option %1: %2</source>
        <translation>Opción %1: %2</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>sin evaluar</translation>
    </message>
    <message>
        <source>It was: %1</source>
        <translation>Respuesta correcta: %1</translation>
    </message>
    <message>
        <source>It was: %1 — you were right.</source>
        <translation>Respuesta correcta: %1 — acertó.</translation>
    </message>
    <message>
        <source>It was: %1 — you said %2.</source>
        <translation>Respuesta correcta: %1 — usted dijo %2.</translation>
    </message>
    <message>
        <source>Your answers are in. You can still change them.</source>
        <translation>Sus respuestas están registradas. Todavía puede cambiarlas.</translation>
    </message>
    <message>
        <source>Saved. Answer the others too.</source>
        <translation>Guardado. Responda también a las demás.</translation>
    </message>
    <message>
        <source>Not joined yet.</source>
        <translation>Todavía no se ha unido.</translation>
    </message>
    <message>
        <source>Joined. Waiting for a question.</source>
        <translation>Dentro. Esperando una pregunta.</translation>
    </message>
    <message>
        <source>The vote is open.</source>
        <translation>La votación está abierta.</translation>
    </message>
    <message>
        <source>The vote is closed: here is how it came out.</source>
        <translation>La votación está cerrada: este es el resultado.</translation>
    </message>
    <message>
        <source>Joined.</source>
        <translation>Se ha unido.</translation>
    </message>
    <message>
        <source>The room answered %1.</source>
        <translation>La sala respondió %1.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::RoomVotes</name>
    <message>
        <source>(not named)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>%1 sells to %2, who serves %3.</source>
        <translation>%1 vende a %2, que atiende a %3.</translation>
    </message>
    <message>
        <source>A nickname has at most %1 characters.</source>
        <translation>Un apodo tiene como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The room is full (%1 participants).</source>
        <translation>La sala está llena (%1 participantes).</translation>
    </message>
    <message>
        <source>Join the room first.</source>
        <translation>Únase primero a la sala.</translation>
    </message>
    <message>
        <source>The room has moved on to another scenario.</source>
        <translation>La sala ha pasado a otro escenario.</translation>
    </message>
    <message>
        <source>The vote is closed.</source>
        <translation>La votación está cerrada.</translation>
    </message>
    <message numerus="yes">
        <source>Expected answers for %n option(s).</source>
        <translation>
            <numerusform>Se esperaban respuestas para %n opción.</numerusform>
            <numerusform>Se esperaban respuestas para %n opciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>“answers” must be a list with one entry per option.</source>
        <translation>“answers” debe ser una lista con una entrada por opción.</translation>
    </message>
    <message>
        <source>Each option takes three answers, one per party.</source>
        <translation>Cada opción requiere tres respuestas, una por parte.</translation>
    </message>
    <message>
        <source>An answer is “win”, “even”, “lose” or empty.</source>
        <translation>Una respuesta es “win”, “even”, “lose” o vacía.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::ScenarioPack</name>
    <message>
        <source>top level</source>
        <translation>nivel superior</translation>
    </message>
    <message>
        <source>unknown field (expected one of: %1)</source>
        <translation>campo desconocido (se esperaba uno de: %1)</translation>
    </message>
    <message>
        <source>missing (an object is required)</source>
        <translation>falta (se requiere un objeto)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>missing (a list is required)</source>
        <translation>falta (se requiere una lista)</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>missing (text is required)</source>
        <translation>falta (se requiere texto)</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>missing (an amount is required)</source>
        <translation>falta (se requiere un importe)</translation>
    </message>
    <message>
        <source>must be an amount such as 1200.50, or null when not assessed</source>
        <translation>debe ser un importe como 1200.50, o null si no se ha evaluado</translation>
    </message>
    <message>
        <source>must be an amount such as 1200.50</source>
        <translation>debe ser un importe como 1200.50</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 está fuera de rango</translation>
    </message>
    <message>
        <source>%1 has more than two decimals</source>
        <translation>%1 tiene más de dos decimales</translation>
    </message>
    <message>
        <source>must be “low”, “medium” or “high”, not “%1”</source>
        <translation>debe ser “low”, “medium” o “high”, no “%1”</translation>
    </message>
    <message>
        <source>must list 1 to %1 options, not %2</source>
        <translation>debe incluir de 1 a %1 opciones, no %2</translation>
    </message>
    <message>
        <source>“%1” is used by another option of this deal</source>
        <translation>“%1” ya lo usa otra opción de esta operación</translation>
    </message>
    <message>
        <source>“%1” is not an outcome (win_win_win, win_win, win_lose, lose_win, lose_lose, unknown)</source>
        <translation>“%1” no es un desenlace (win_win_win, win_win, win_lose, lose_win, lose_lose, unknown)</translation>
    </message>
    <message>
        <source>“%1” is not another option of this deal</source>
        <translation>“%1” no es otra opción de esta operación</translation>
    </message>
    <message>
        <source>“%1” is not a date such as 2026-03-14</source>
        <translation>“%1” no es una fecha como 2026-03-14</translation>
    </message>
    <message>
        <source>an ended deal needs either &quot;agreed&quot; (the option agreed at closing) or &quot;walkedAway&quot;: true, not both</source>
        <translation>una operación finalizada necesita &quot;agreed&quot; (la opción acordada al cerrar) o &quot;walkedAway&quot;: true, pero no ambos</translation>
    </message>
    <message>
        <source>no option of this deal is named “%1”</source>
        <translation>ninguna opción de esta operación se llama “%1”</translation>
    </message>
    <message>
        <source>“%1” is not a valid id: use lower-case letters, digits and &apos;-&apos; (for example &quot;discount-squeeze&quot;)</source>
        <translation>“%1” no es un id válido: use letras minúsculas, dígitos y &apos;-&apos; (por ejemplo &quot;discount-squeeze&quot;)</translation>
    </message>
    <message>
        <source>“%1” is not a habit (%2)</source>
        <translation>“%1” no es un hábito (%2)</translation>
    </message>
    <message>
        <source>this scenario teaches a walk-away (&quot;walkAway&quot;: true), but this option is a %1</source>
        <translation>este escenario enseña a retirarse (&quot;walkAway&quot;: true), pero el desenlace de esta opción es %1</translation>
    </message>
    <message numerus="yes">
        <source>lists %n deal(s); at most %1 are allowed</source>
        <translation>
            <numerusform>incluye %n operación; se permiten como máximo %1</numerusform>
            <numerusform>incluye %n operaciones; se permiten como máximo %1</numerusform>
        </translation>
    </message>
    <message>
        <source>must hold at least one question</source>
        <translation>debe contener al menos una pregunta</translation>
    </message>
    <message>
        <source>must be a question (non-empty text)</source>
        <translation>debe ser una pregunta (texto no vacío)</translation>
    </message>
    <message>
        <source>“%1” is not a Triplewin scenario pack (expected &quot;%2&quot;)</source>
        <translation>“%1” no es un paquete de escenarios de Triplewin (se esperaba &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>must be a whole number such as %1</source>
        <translation>debe ser un número entero como %1</translation>
    </message>
    <message>
        <source>version %1 was written by a newer Triplewin (this one reads up to version %2); update Triplewin to open it</source>
        <translation>la versión %1 procede de un Triplewin más reciente (este lee hasta la versión %2); actualice Triplewin para abrirlo</translation>
    </message>
    <message>
        <source>must hold at least one scenario</source>
        <translation>debe contener al menos un escenario</translation>
    </message>
    <message>
        <source>“%1” is the id of another scenario</source>
        <translation>“%1” es el id de otro escenario</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Vendedor</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Customer&apos;s customer</source>
        <translation>Cliente del cliente</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>is empty; a scenario pack is a JSON object</source>
        <translation>está vacío; un paquete de escenarios es un objeto JSON</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>no es JSON válido (%1)</translation>
    </message>
    <message>
        <source>must be a JSON object with &quot;format&quot;: &quot;%1&quot;</source>
        <translation>debe ser un objeto JSON con &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>no se puede leer (%1)</translation>
    </message>
    <message>
        <source>is %1 MB; scenario packs are at most 16 MB</source>
        <translation>ocupa %1 MB; los paquetes de escenarios ocupan como máximo 16 MB</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>“%1” no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>must be “you”, “customer” or “customersCustomer”, not “%1”</source>
        <translation>debe ser “you”, “customer” o “customersCustomer”, no “%1”</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::ScriptRepository</name>
    <message>
        <source>Loading the walk-away script failed</source>
        <translation>No se ha podido cargar el guion de retirada</translation>
    </message>
    <message>
        <source>Keeping the walk-away script failed</source>
        <translation>No se ha podido conservar el guion de retirada</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::TeamHistoryModel</name>
    <message>
        <source>Salesperson</source>
        <translation>Vendedor</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Desenlace</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::TeamHistoryRepository</name>
    <message>
        <source>Reading the team history failed</source>
        <translation>No se ha podido leer el historial del equipo</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::TeamServer</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql), so Triplewin cannot connect to a team server.</source>
        <translation>El controlador PostgreSQL de Qt no está instalado (Debian: libqt6sql6-psql), así que Triplewin no puede conectarse a un servidor de equipo.</translation>
    </message>
    <message>
        <source>Cannot connect to the team server %1.</source>
        <translation>No se puede conectar con el servidor de equipo %1.</translation>
    </message>
    <message>
        <source>Cannot use the team server.</source>
        <translation>No se puede usar el servidor de equipo.</translation>
    </message>
    <message>
        <source>The team server %1 was set up by a newer version of Triplewin (server schema %2; this version knows up to %3). Nothing was changed: update Triplewin to use it.</source>
        <translation>El servidor de equipo %1 se configuró con una versión más reciente de Triplewin (esquema del servidor %2; esta versión admite hasta el %3). No se ha modificado nada: actualice Triplewin para usarlo.</translation>
    </message>
    <message>
        <source>Reading the team server&apos;s schema version failed.</source>
        <translation>No se ha podido leer la versión del esquema del servidor de equipo.</translation>
    </message>
    <message>
        <source>The server setup script %1 is missing.</source>
        <translation>Falta el script de configuración del servidor %1.</translation>
    </message>
    <message>
        <source>Setting up the team server failed in %1; nothing of the setup was kept.</source>
        <translation>No se ha podido configurar el servidor de equipo en %1; no se ha conservado nada de la configuración.</translation>
    </message>
    <message>
        <source>Setting up the team server failed.</source>
        <translation>No se ha podido configurar el servidor de equipo.</translation>
    </message>
    <message>
        <source>Adding the login “%1” failed.</source>
        <translation>No se ha podido añadir el usuario “%1”.</translation>
    </message>
    <message>
        <source>A login name needs 1 to 63 characters; “%1” has %2.</source>
        <translation>Un nombre de usuario necesita de 1 a 63 caracteres; “%1” tiene %2.</translation>
    </message>
    <message>
        <source>The server&apos;s connection string cannot be read: %1 Write it as key=value pairs, for example “host=db.example.com port=5432 dbname=sales user=dana sslmode=require”.</source>
        <translation>No se puede leer la cadena de conexión del servidor: %1 Escríbala como pares clave=valor, por ejemplo “host=db.example.com port=5432 dbname=sales user=dana sslmode=require”.</translation>
    </message>
    <message>
        <source>a URI is not supported here.</source>
        <translation>aquí no se admite un URI.</translation>
    </message>
    <message>
        <source>“%1” (at character %2) has no “=value”.</source>
        <translation>“%1” (en el carácter %2) no tiene “=valor”.</translation>
    </message>
    <message>
        <source>the quoted value of “%1” is not closed.</source>
        <translation>el valor entre comillas de “%1” no está cerrado.</translation>
    </message>
    <message>
        <source>The connection string holds a password. Leave it out: Triplewin asks for it, or libpq reads it from ~/.pgpass or PGPASSWORD, so it is never kept in plain settings or shell history.</source>
        <translation>La cadena de conexión contiene una contraseña. Quítela: Triplewin se la pide, o libpq la lee de ~/.pgpass o PGPASSWORD, de modo que nunca se guarda en la configuración en texto plano ni en el historial del shell.</translation>
    </message>
    <message>
        <source>the port “%1” is not a number from 1 to 65535.</source>
        <translation>el puerto “%1” no es un número de 1 a 65535.</translation>
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
        <translation>Aún no se han anotado opciones para esta operación. Antes de retirarse, indique qué vías ha explorado para sacarla adelante, aunque sea de manera informal.</translation>
    </message>
    <message>
        <source>The options we explored (%1):</source>
        <translation>Las opciones que hemos explorado (%1):</translation>
    </message>
    <message>
        <source>What we need: this deal has to be worth at least %1 to us; below that we would be better off without it.</source>
        <translation>Lo que necesitamos: esta operación tiene que valer al menos %1 para nosotros; por debajo de eso estaríamos mejor sin ella.</translation>
    </message>
    <message>
        <source>What matters for %1: to be no worse off than today.</source>
        <translation>Lo que importa para %1: no quedar peor que hoy.</translation>
    </message>
    <message>
        <source>What we tried: %1.</source>
        <translation>Lo que hemos intentado: %1.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Transparency</source>
        <translation>Transparencia</translation>
    </message>
    <message>
        <source>The proposal</source>
        <translation>La propuesta</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>We have not found an option that is good for both of us. If no win/win can be found, it is better for both of us not to do this deal this time. That is not the end of our relationship: the door stays open.</source>
        <translation>No hemos encontrado ninguna opción que sea buena para ambos. Si no es posible un ganar/ganar, lo mejor para los dos es no hacer esta operación por ahora. Esto no pone fin a nuestra relación: la puerta sigue abierta.</translation>
    </message>
    <message>
        <source>At least one option looked good for both of us, yet we cannot agree on it. Rather than push either side into a loss, we propose not to do this deal this time. The door stays open.</source>
        <translation>Al menos una opción parecía buena para ambos, pero no logramos ponernos de acuerdo en ella. Para que ninguna de las partes salga perdiendo, proponemos no hacer esta operación por ahora. La puerta sigue abierta.</translation>
    </message>
    <message>
        <source>What would need to change: %1</source>
        <translation>Lo que tendría que cambiar: %1</translation>
    </message>
    <message>
        <source>Let us talk again on %1.</source>
        <translation>Volvamos a hablar el %1.</translation>
    </message>
    <message>
        <source>Transparent walk-away: %1</source>
        <translation>Retirada transparente: %1</translation>
    </message>
    <message>
        <source>We have not been able to assess yet whether any option is good for both of us. Until we can, it is better for both of us not to commit to this deal. That is not the end of our relationship: the door stays open.</source>
        <translation>Aún no hemos podido evaluar si alguna opción es buena para ambos. Mientras tanto, lo mejor para los dos es no comprometernos con esta operación. Esto no pone fin a nuestra relación: la puerta sigue abierta.</translation>
    </message>
    <message>
        <source>your customers</source>
        <translation>sus clientes</translation>
    </message>
    <message>
        <source>What it would be worth to us, we do not know yet.</source>
        <translation>Aún no sabemos cuánto valdría para nosotros.</translation>
    </message>
    <message>
        <source>What it would be worth to you, we do not know yet.</source>
        <translation>Aún no sabemos cuánto valdría para usted.</translation>
    </message>
    <message>
        <source>What it would mean for %1, we do not know yet.</source>
        <translation>Aún no sabemos qué supondría para %1.</translation>
    </message>
    <message>
        <source>For us, it brings %1 more than our walk-away point (%2 against %3).</source>
        <translation>Para nosotros, aporta %1 más que nuestro punto de abandono (%2 frente a %3).</translation>
    </message>
    <message>
        <source>For us, it falls %1 short of our walk-away point (%2 against %3).</source>
        <translation>Para nosotros, se queda %1 por debajo de nuestro punto de abandono (%2 frente a %3).</translation>
    </message>
    <message>
        <source>For us, it only just reaches our walk-away point (%1 against %2).</source>
        <translation>Para nosotros, apenas alcanza nuestro punto de abandono (%1 frente a %2).</translation>
    </message>
    <message>
        <source>For you, it brings %1 more than your best alternative (%2 against %3).</source>
        <translation>Para usted, aporta %1 más que su mejor alternativa (%2 frente a %3).</translation>
    </message>
    <message>
        <source>For you, it falls %1 short of your best alternative (%2 against %3).</source>
        <translation>Para usted, se queda %1 por debajo de su mejor alternativa (%2 frente a %3).</translation>
    </message>
    <message>
        <source>For you, it is about as good as your best alternative (%1 against %2).</source>
        <translation>Para usted, es más o menos igual de buena que su mejor alternativa (%1 frente a %2).</translation>
    </message>
    <message>
        <source>For %1, it is %2 better than today.</source>
        <translation>Para %1, vale %2 más que hoy.</translation>
    </message>
    <message>
        <source>For %1, it is %2 worse than today.</source>
        <translation>Para %1, vale %2 menos que hoy.</translation>
    </message>
    <message>
        <source>For %1, it changes little from today.</source>
        <translation>Para %1, cambia poco respecto a hoy.</translation>
    </message>
    <message>
        <source>• %1:</source>
        <translation>• %1:</translation>
    </message>
    <message>
        <source>Some of these figures we do not know yet, and we would rather say so than guess.</source>
        <translation>Algunas de estas cifras aún no las conocemos, y preferimos decirlo antes que adivinarlas.</translation>
    </message>
    <message>
        <source>What we need: (not estimated yet: decide your walk-away point before the meeting).</source>
        <translation>Lo que necesitamos: (aún sin estimar: decida su punto de abandono antes de la reunión).</translation>
    </message>
    <message>
        <source>What you need, as we understand it: at least %1, what your best alternative gives you.</source>
        <translation>Lo que usted necesita, según entendemos: al menos %1, lo que le da su mejor alternativa.</translation>
    </message>
    <message>
        <source>What you need: we have not understood that well enough yet. What is your best alternative to this deal?</source>
        <translation>Lo que usted necesita: aún no lo hemos entendido bien. ¿Cuál es su mejor alternativa a esta operación?</translation>
    </message>
    <message>
        <source>I want to be open with you. We are committed to finding an outcome that is good for you and for us — not one where one side carries the cost.</source>
        <translation>Quiero hablarle con franqueza. Nos comprometemos a encontrar un resultado que sea bueno para usted y para nosotros, no uno en el que una de las partes cargue con el coste.</translation>
    </message>
    <message>
        <source>What would need to change: (not written down yet: name what would make a deal good for both of us possible).</source>
        <translation>Lo que tendría que cambiar: (aún sin anotar: indique qué haría posible una operación buena para ambos).</translation>
    </message>
    <message>
        <source>When shall we talk again?</source>
        <translation>¿Cuándo volvemos a hablar?</translation>
    </message>
    <message>
        <source>What matters to us beyond the figure: %1.</source>
        <translation>Lo que nos importa más allá de la cifra: %1.</translation>
    </message>
    <message>
        <source>What matters to you, as we understand it: %1. Have we got that right?</source>
        <translation>Lo que le importa a usted, según entendemos: %1. ¿Es así?</translation>
    </message>
    <message>
        <source>What matters for %1: %2.</source>
        <translation>Lo que importa para %1: %2.</translation>
    </message>
    <message>
        <source>What matters for your customers: %1.</source>
        <translation>Lo que importa para sus clientes: %1.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::AccessibleNames</name>
    <message>
        <source>More tools</source>
        <translation>Más herramientas</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::CloseDealDialog</name>
    <message>
        <source>Close “%1”</source>
        <translation>Cerrar “%1”</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Record the option you and your customer agreed on. Each party&apos;s result and the outcome are frozen now: later edits to the estimates do not rewrite history, and the coach counts this deal in your habits and relational quotient.</source>
        <translation>Registre la opción que usted y su cliente acordaron. El resultado de cada parte y el desenlace quedan fijados ahora: las modificaciones posteriores de las estimaciones no reescriben la historia, y el coach tiene en cuenta esta operación en sus hábitos y su cociente relacional.</translation>
    </message>
    <message>
        <source>&amp;Agreed option:</source>
        <translation>Opción &amp;acordada:</translation>
    </message>
    <message>
        <source>Closed &amp;on:</source>
        <translation>&amp;Cerrada el:</translation>
    </message>
    <message>
        <source>Close Deal</source>
        <translation>Cerrar operación</translation>
    </message>
    <message>
        <source>This deal has no saved options to agree on.</source>
        <translation>Esta operación no tiene opciones guardadas sobre las que acordar.</translation>
    </message>
    <message>
        <source>Choose the option you agreed on</source>
        <translation>Elija la opción que acordaron</translation>
    </message>
    <message>
        <source>Each party&apos;s result and the outcome appear here.</source>
        <translation>Aquí aparecen el resultado de cada parte y el desenlace.</translation>
    </message>
    <message>
        <source>%1 against a %2 of %3</source>
        <translation>%1 frente a la referencia (%2) de %3</translation>
    </message>
    <message>
        <source>not assessed: no value or no %1</source>
        <translation>sin evaluar: falta el valor o la referencia (%1)</translation>
    </message>
    <message>
        <source>Wh&amp;y close on this option anyway?</source>
        <translation>¿&amp;Por qué cerrar con esta opción de todos modos?</translation>
    </message>
    <message>
        <source>For example: the customer&apos;s budget ends this quarter and the renewal makes up for it.</source>
        <translation>Por ejemplo: el presupuesto del cliente termina este trimestre y la renovación lo compensa.</translation>
    </message>
    <message>
        <source>&amp;Walk Away Instead…</source>
        <translation>&amp;Retirarse en su lugar…</translation>
    </message>
    <message>
        <source>Leave without closing and prepare a transparent walk-away script</source>
        <translation>Salir sin cerrar y preparar un guion de retirada con transparencia</translation>
    </message>
    <message>
        <source>Write why you close on this option anyway, or walk away instead</source>
        <translation>Escriba por qué cierra con esta opción de todos modos, o retírese en su lugar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before you close on this option:&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;Closing on it is your call. Say why in a sentence: it stays in the deal&apos;s history, where your manager sees it. Or walk away transparently instead.</source>
        <translation>&lt;b&gt;Antes de cerrar con esta opción:&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;Cerrar con ella es decisión suya. Explique el motivo en una frase: queda en el historial de la operación, donde lo ve su responsable. O bien retírese con transparencia.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::ConcessionDialog</name>
    <message>
        <source>Add Concession</source>
        <translation>Añadir concesión</translation>
    </message>
    <message>
        <source>Change Concession</source>
        <translation>Modificar concesión</translation>
    </message>
    <message>
        <source>e.g. free installation</source>
        <translation>p. ej., instalación gratuita</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Nada aún</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Por:</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Qué:</translation>
    </message>
    <message>
        <source>What was conceded</source>
        <translation>Qué se ha concedido</translation>
    </message>
    <message>
        <source>Value to &amp;you (%1):</source>
        <translation>Valor para &amp;usted (%1):</translation>
    </message>
    <message>
        <source>Value to your &amp;customer (%1):</source>
        <translation>Valor para su &amp;cliente (%1):</translation>
    </message>
    <message>
        <source>Value to &amp;their customer (%1):</source>
        <translation>Valor para el cliente de &amp;su cliente (%1):</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Value to %1</source>
        <translation>Valor para %1</translation>
    </message>
    <message>
        <source>T&amp;raded for:</source>
        <translation>&amp;A cambio de:</translation>
    </message>
    <message>
        <source>Traded for</source>
        <translation>A cambio de</translation>
    </message>
    <message>
        <source>A cost is negative. Leave “Traded for” empty when nothing was received in return: the deal flags it.</source>
        <translation>Un coste es negativo. Deje vacío “A cambio de” si no se recibió nada a cambio: la operación lo señala.</translation>
    </message>
    <message>
        <source>Say what was conceded.</source>
        <translation>Indique qué se ha concedido.</translation>
    </message>
    <message>
        <source>Value to %1: %2</source>
        <translation>Valor para %1: %2</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocida</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::ConcessionLedgerPanel</name>
    <message>
        <source>&amp;Add concession…</source>
        <translation>Añadir concesión…</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>Modificar…</translation>
    </message>
    <message>
        <source>&amp;Remove concession</source>
        <translation>Eliminar concesión</translation>
    </message>
    <message>
        <source>Concessions</source>
        <translation>Concesiones</translation>
    </message>
    <message>
        <source>Record a concession given or received (Ctrl+Shift+A)</source>
        <translation>Registrar una concesión dada o recibida (Ctrl+Mayús+A)</translation>
    </message>
    <message>
        <source>Change the selected concession (Enter)</source>
        <translation>Modificar la concesión seleccionada (Intro)</translation>
    </message>
    <message>
        <source>Remove the selected concession (Ctrl+Shift+Delete); Undo brings it back</source>
        <translation>Eliminar la concesión seleccionada (Ctrl+Mayús+Supr); Deshacer la recupera</translation>
    </message>
    <message>
        <source>Add concession “%1”</source>
        <translation>Añadir la concesión “%1”</translation>
    </message>
    <message>
        <source>Change concession “%1”</source>
        <translation>Modificar la concesión “%1”</translation>
    </message>
    <message>
        <source>Remove concession “%1”</source>
        <translation>Eliminar la concesión “%1”</translation>
    </message>
    <message>
        <source>No concessions recorded. During the negotiation, record each one given or received and what it was traded for (Ctrl+Shift+A).</source>
        <translation>No hay concesiones registradas. Durante la negociación, registre cada una que se dé o se reciba y a cambio de qué (Ctrl+Mayús+A).</translation>
    </message>
    <message>
        <source>Every concession you gave was traded for something.</source>
        <translation>Cada concesión que usted hizo se intercambió por algo.</translation>
    </message>
    <message numerus="yes">
        <source>%n concession(s) given with nothing received in return: %1. Ask for something in return before you give more.</source>
        <translation>
            <numerusform>%n concesión hecha sin recibir nada a cambio: %1. Pida algo a cambio antes de ceder más.</numerusform>
            <numerusform>%n concesiones hechas sin recibir nada a cambio: %1. Pida algo a cambio antes de ceder más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::DailyBackup</name>
    <message>
        <source>Today&apos;s backup was not made: %1</source>
        <translation>No se ha hecho la copia de seguridad de hoy: %1</translation>
    </message>
    <message>
        <source>Made today&apos;s backup.</source>
        <translation>Se ha hecho la copia de seguridad de hoy.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::DealBrief</name>
    <message>
        <source>Customer: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>Their customer: %1</source>
        <translation>Cliente de su cliente: %1</translation>
    </message>
    <message>
        <source>Salesperson: %1</source>
        <translation>Vendedor: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Expected close: %1</source>
        <translation>Cierre previsto: %1</translation>
    </message>
    <message>
        <source>Amounts in %1</source>
        <translation>Importes en %1</translation>
    </message>
    <message>
        <source>The three parties</source>
        <translation>Las tres partes</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Reference point</source>
        <translation>Punto de referencia</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>No options yet.</source>
        <translation>Aún no hay opciones.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Desenlace</translation>
    </message>
    <message>
        <source>Going in</source>
        <translation>De cara a la reunión</translation>
    </message>
    <message>
        <source>Best option for all: &lt;b&gt;%1&lt;/b&gt; (%2). Nobody at either table loses with it.</source>
        <translation>Mejor opción para todos: &lt;b&gt;%1&lt;/b&gt; (%2). Con ella no pierde nadie en ninguna de las dos mesas.</translation>
    </message>
    <message>
        <source>No option is good for both you and your customer. The walk-away script&apos;s key lines:</source>
        <translation>Ninguna opción es buena a la vez para usted y para su cliente. Las frases clave del guion de retirada:</translation>
    </message>
    <message>
        <source>Not every party is assessed yet: fill in the missing values and reference points before the meeting.</source>
        <translation>Aún no se han evaluado todas las partes: complete los valores y puntos de referencia que faltan antes de la reunión.</translation>
    </message>
    <message>
        <source>Reference point (walk-away line)</source>
        <translation>Punto de referencia (límite para retirarse)</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>No se puede escribir “%1”: %2.</translation>
    </message>
    <message>
        <source>Deal brief: %1</source>
        <translation>Ficha de preparación: %1</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the PDF could not be started.</source>
        <translation>No se puede escribir “%1”: no se ha podido iniciar el PDF.</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>not written down</source>
        <translation>sin anotar</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>sin evaluar</translation>
    </message>
    <message>
        <source>%1 to %2, by option</source>
        <translation>%1 para %2, por opción</translation>
    </message>
    <message>
        <source>%1 against %2: &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>%1 frente a %2: &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Open concessions (given, nothing received in return yet):</source>
        <translation>Concesiones pendientes (dadas, aún sin recibir nada a cambio):</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::DealEditor</name>
    <message>
        <source>Required, e.g. Fleet renewal 2027</source>
        <translation>Obligatorio, p. ej., Renovación de flota 2027</translation>
    </message>
    <message>
        <source>Who you are selling to</source>
        <translation>A quién vende</translation>
    </message>
    <message>
        <source>Who your customer serves, e.g. their patients</source>
        <translation>A quién atiende su cliente, p. ej., sus pacientes</translation>
    </message>
    <message>
        <source>Three-letter currency code (ISO 4217) for every amount of this deal</source>
        <translation>Código de moneda de tres letras (ISO 4217) para todos los importes de esta operación</translation>
    </message>
    <message>
        <source>Anything worth remembering before the meeting</source>
        <translation>Cualquier cosa que convenga recordar antes de la reunión</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;liente:</translation>
    </message>
    <message>
        <source>T&amp;heir customer:</source>
        <translation>Cliente de &amp;su cliente:</translation>
    </message>
    <message>
        <source>Sales&amp;person:</source>
        <translation>Vendedo&amp;r:</translation>
    </message>
    <message>
        <source>Currenc&amp;y:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>E&amp;xpected close:</source>
        <translation>&amp;Fecha de cierre:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Esta&amp;do:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>&lt;b&gt;No option is good for both you and your customer.&lt;/b&gt; Look for another option, or leave this deal honestly.</source>
        <translation>&lt;b&gt;Ninguna opción es buena a la vez para usted y para su cliente.&lt;/b&gt; Busque otra opción o abandone esta operación con honestidad.</translation>
    </message>
    <message>
        <source>Prepare a Transparent &amp;Walk-Away…</source>
        <translation>De&amp;jar la negociación con transparencia…</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>walked away</source>
        <translation>retirada</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>reabierta</translation>
    </message>
    <message>
        <source>%1 %2 by %3</source>
        <translation>%1 %2 por %3</translation>
    </message>
    <message>
        <source>History: %1.</source>
        <translation>Historial: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reopened&lt;/b&gt;: this deal is being negotiated again; its earlier ending stays in the history.</source>
        <translation>&lt;b&gt;Reabierta&lt;/b&gt;: esta operación se está negociando de nuevo; su final anterior queda en el historial.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coaching notes:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Notas de coaching:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <source>on %1 by %2</source>
        <translation>el %1 por %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Walked away transparently&lt;/b&gt; %1: a good outcome, never counted as lost.</source>
        <translation>&lt;b&gt;Retirada con transparencia&lt;/b&gt; %1: un buen desenlace, que nunca cuenta como perdida.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Closed&lt;/b&gt; %1 with “%2”: &lt;b&gt;%3&lt;/b&gt; (you %4, your customer %5, their customer %6). Edits to the estimates do not change this record.</source>
        <translation>&lt;b&gt;Cerrada&lt;/b&gt; %1 con “%2”: &lt;b&gt;%3&lt;/b&gt; (usted %4, su cliente %5, el cliente de su cliente %6). Las modificaciones de las estimaciones no cambian este registro.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>One row per way the deal could be struck</source>
        <translation>Una fila por cada forma en que podría cerrarse la operación</translation>
    </message>
    <message>
        <source>Interests and relationships</source>
        <translation>Intereses y relaciones</translation>
    </message>
    <message>
        <source>Options and preparation</source>
        <translation>Opciones y preparación</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>O&amp;pciones</translation>
    </message>
    <message>
        <source>&amp;Interests and Relationships</source>
        <translation>Intereses &amp;y relaciones</translation>
    </message>
    <message>
        <source>What each party needs and why, the relationship, and what each reference point is based on</source>
        <translation>Lo que necesita cada parte y por qué, la relación y en qué se basa cada punto de referencia</translation>
    </message>
    <message>
        <source>&amp;Concessions</source>
        <translation>Conces&amp;iones</translation>
    </message>
    <message>
        <source>Each concession given and received, and what it was traded for</source>
        <translation>Cada concesión dada y recibida, y a cambio de qué</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::DealListPanel</name>
    <message>
        <source>Search title or customer (Ctrl+F)</source>
        <translation>Buscar por título o cliente (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>No deal matches this search.</source>
        <translation>Ninguna operación coincide con esta búsqueda.</translation>
    </message>
    <message>
        <source>No saved deals yet.</source>
        <translation>Aún no hay operaciones guardadas.</translation>
    </message>
    <message>
        <source>Search deals by title or customer</source>
        <translation>Buscar operaciones por título o cliente</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Operaciones</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::DealSession</name>
    <message>
        <source>The new deal</source>
        <translation>La operación nueva</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 tiene cambios sin guardar. ¿Desea guardarlos?</translation>
    </message>
    <message>
        <source>A new deal needs your name: enter it under Settings ▸ Your Name.</source>
        <translation>Una operación nueva necesita su nombre: introdúzcalo en Configuración ▸ Su nombre.</translation>
    </message>
    <message>
        <source>New deal: give it a title, then add the options you could offer.</source>
        <translation>Operación nueva: póngale un título y añada las opciones que podría ofrecer.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Se ha guardado “%1”.</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1 (mi copia)</translation>
    </message>
    <message>
        <source>Reloaded “%1” as stored.</source>
        <translation>Se ha vuelto a cargar “%1” tal como estaba guardada.</translation>
    </message>
    <message>
        <source>Open Deal</source>
        <translation>Abrir operación</translation>
    </message>
    <message>
        <source>Restored your unsaved changes. Save them with Ctrl+S.</source>
        <translation>Se han restaurado sus cambios sin guardar. Guárdelos con Ctrl+S.</translation>
    </message>
    <message>
        <source>The deal has unsaved changes. Save them first?</source>
        <translation>La operación tiene cambios sin guardar. ¿Desea guardarlos primero?</translation>
    </message>
    <message>
        <source>Close Deal</source>
        <translation>Cerrar operación</translation>
    </message>
    <message>
        <source>Add the option you agreed on before closing the deal.</source>
        <translation>Añada la opción acordada antes de cerrar la operación.</translation>
    </message>
    <message>
        <source>Closed “%1”. The coach counts it from now on.</source>
        <translation>Se ha cerrado “%1”. El coach la tiene en cuenta a partir de ahora.</translation>
    </message>
    <message>
        <source>Transparent Walk-Away</source>
        <translation>Retirada con transparencia</translation>
    </message>
    <message>
        <source>Exported the script to %1.</source>
        <translation>Se ha exportado el guion a %1.</translation>
    </message>
    <message>
        <source>Reopen Deal</source>
        <translation>Reabrir operación</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Move it to the trash without saving them?</source>
        <translation>“%1” tiene cambios sin guardar. ¿Desea moverla a la papelera sin guardarlos?</translation>
    </message>
    <message>
        <source>Moved “%1” to the trash. Undo (Ctrl+Z) brings it back.</source>
        <translation>Se ha movido “%1” a la papelera. Deshacer (Ctrl+Z) la recupera.</translation>
    </message>
    <message>
        <source>Restored “%1” from the trash.</source>
        <translation>Se ha restaurado “%1” desde la papelera.</translation>
    </message>
    <message>
        <source>The deal&apos;s history could not be read: %1</source>
        <translation>No se ha podido leer el historial de la operación: %1</translation>
    </message>
    <message>
        <source>Restore Unsaved Changes</source>
        <translation>Restaurar cambios sin guardar</translation>
    </message>
    <message>
        <source>Your unsaved changes were kept, but the deal they belong to could not be read, so they were not restored: %1</source>
        <translation>Se han conservado sus cambios sin guardar, pero no se ha podido leer la operación a la que pertenecen, así que no se han restaurado: %1</translation>
    </message>
    <message>
        <source>The team server does not answer, so %1 is not saved there yet. Your changes are kept on this computer: Triplewin saves them on the server as soon as it answers again, and if you quit before that, offers them back at the next start.</source>
        <translation>El servidor de equipo no responde, así que %1 aún no está guardada allí. Sus cambios se conservan en este equipo: Triplewin los guardará en el servidor en cuanto vuelva a responder y, si usted sale antes, se los ofrecerá de nuevo en el próximo inicio.</translation>
    </message>
    <message>
        <source>the new deal</source>
        <translation>la operación nueva</translation>
    </message>
    <message>
        <source>The team server answers again.</source>
        <translation>El servidor de equipo vuelve a responder.</translation>
    </message>
    <message>
        <source>The team server answers again, but “%1” was changed or removed there meanwhile. Save it to choose what to keep.</source>
        <translation>El servidor de equipo vuelve a responder, pero “%1” se modificó o eliminó allí mientras tanto. Guárdela para elegir qué conservar.</translation>
    </message>
    <message>
        <source>The team server answers again: “%1” is saved there.</source>
        <translation>El servidor de equipo vuelve a responder: “%1” está guardada allí.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::DealTransfer</name>
    <message>
        <source>Import Deals</source>
        <translation>Importar operaciones</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export Deals</source>
        <translation>Exportar operaciones</translation>
    </message>
    <message>
        <source>deals.csv</source>
        <translation>deals.csv</translation>
    </message>
    <message>
        <source>Triplewin CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV de Triplewin (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>No se puede escribir “%1”: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n deal(s) to %1.</source>
        <translation>
            <numerusform>Se ha exportado %n operación a %1.</numerusform>
            <numerusform>Se han exportado %n operaciones a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge a Team Member&apos;s Database</source>
        <translation>Combinar la base de datos de un miembro del equipo</translation>
    </message>
    <message>
        <source>Triplewin databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de Triplewin (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
    <message>
        <source>Merged %1.</source>
        <translation>Se ha combinado %1.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Merged %1:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Se ha combinado %1:&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n new deal(s)</source>
        <translation>
            <numerusform>%n operación nueva</numerusform>
            <numerusform>%n operaciones nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizada</numerusform>
            <numerusform>%n actualizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed only here, kept</source>
        <translation>
            <numerusform>%n modificada solo aquí, conservada</numerusform>
            <numerusform>%n modificadas solo aquí, conservadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n deal(s) changed on both sides&lt;/b&gt; and left as they are here:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n operación modificada en ambos lados&lt;/b&gt; y dejada como está aquí:&lt;/p&gt;&lt;ul&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n operaciones modificadas en ambos lados&lt;/b&gt; y dejadas como están aquí:&lt;/p&gt;&lt;ul&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported “%1”: %2</source>
        <translation>Importado “%1”: %2</translation>
    </message>
    <message>
        <source>Exporting deals…</source>
        <translation>Exportando operaciones…</translation>
    </message>
    <message>
        <source>Export cancelled; “%1” was left as it was.</source>
        <translation>Exportación cancelada; “%1” se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>Merging “%1”…</source>
        <translation>Combinando “%1”…</translation>
    </message>
    <message>
        <source>Merge cancelled: nothing of “%1” was merged.</source>
        <translation>Combinación cancelada: no se ha combinado nada de “%1”.</translation>
    </message>
    <message>
        <source>Move Deals to Team Server</source>
        <translation>Mover operaciones al servidor de equipo</translation>
    </message>
    <message>
        <source>Moving the deals of “%1” to the team server…</source>
        <translation>Moviendo las operaciones de “%1” al servidor de equipo…</translation>
    </message>
    <message>
        <source>Cancelled before any deal of “%1” was moved.</source>
        <translation>Cancelado antes de mover ninguna operación de “%1”.</translation>
    </message>
    <message>
        <source>Stopped moving “%1”: move it again to finish.</source>
        <translation>Se ha detenido el traslado de “%1”: muévalo de nuevo para terminar.</translation>
    </message>
    <message>
        <source>Moved the deals of “%1” to the team server.</source>
        <translation>Se han movido las operaciones de “%1” al servidor de equipo.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Stopped on request. From %1, before that:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Detenido a petición suya. Desde %1, antes de eso:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;From %1 to the team server:&lt;/p&gt;</source>
        <translation>&lt;p&gt;De %1 al servidor de equipo:&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n already there, the same</source>
        <translation>
            <numerusform>%n ya estaba allí, idéntica</numerusform>
            <numerusform>%n ya estaban allí, idénticas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n deal(s) not moved&lt;/b&gt;, as they differ on the server:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n operación no movida&lt;/b&gt;, porque es distinta en el servidor:&lt;/p&gt;&lt;ul&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n operaciones no movidas&lt;/b&gt;, porque son distintas en el servidor:&lt;/p&gt;&lt;ul&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Move the file again to finish: what is on the server already is not added twice.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mueva el archivo de nuevo para terminar: lo que ya está en el servidor no se añade dos veces.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::DealViewer</name>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (solo lectura)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2 · salesperson %3 · %4 · expected close %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2 · vendedor %3 · %4 · cierre previsto %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A coaching note for %1</source>
        <translation>Una nota de coaching para %1</translation>
    </message>
    <message>
        <source>&amp;Add Note</source>
        <translation>&amp;Añadir nota</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coaching notes&lt;/b&gt; (the salesperson sees them on the deal)</source>
        <translation>&lt;b&gt;Notas de coaching&lt;/b&gt; (el vendedor las ve en la operación)</translation>
    </message>
    <message>
        <source>No coaching notes yet.</source>
        <translation>Aún no hay notas de coaching.</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>no customer named</source>
        <translation>ningún cliente indicado</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <source>on %1 by %2</source>
        <translation>el %1 por %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;Walked away transparently %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Se retiró con transparencia %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Closed %1 with “%2”: &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cerrada %1 con “%2”: &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Coaching notes</source>
        <translation>Notas de coaching</translation>
    </message>
    <message>
        <source>New coaching note</source>
        <translation>Nueva nota de coaching</translation>
    </message>
    <message numerus="yes">
        <source>Concessions (%n given for nothing in return):</source>
        <translation>
            <numerusform>Concesiones (%n dada a cambio de nada):</numerusform>
            <numerusform>Concesiones (%n dadas a cambio de nada):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::DraftKeeper</name>
    <message>
        <source>Your unsaved changes could not be kept as a draft: %1</source>
        <translation>Sus cambios sin guardar no se han podido conservar como borrador: %1</translation>
    </message>
    <message>
        <source>a new deal</source>
        <translation>una operación nueva</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Restore Unsaved Changes?</source>
        <translation>¿Restaurar los cambios sin guardar?</translation>
    </message>
    <message>
        <source>Triplewin was closed unexpectedly while you were editing %1. Your changes from %2 were kept. Restore them?</source>
        <translation>Triplewin se cerró inesperadamente mientras editaba %1. Se conservaron sus cambios de %2. ¿Desea restaurarlos?</translation>
    </message>
    <message>
        <source>Restore Changes</source>
        <translation>Restaurar cambios</translation>
    </message>
    <message>
        <source>An old draft of your changes could not be removed: %1</source>
        <translation>No se ha podido eliminar un borrador antiguo de sus cambios: %1</translation>
    </message>
    <message>
        <source>The folder for “%1” cannot be made.</source>
        <translation>No se puede crear la carpeta para “%1”.</translation>
    </message>
    <message>
        <source>The copy of your changes on this computer could not be removed: %1</source>
        <translation>No se ha podido eliminar la copia de sus cambios en este equipo: %1</translation>
    </message>
    <message>
        <source>The team server did not answer when you last edited %1, so your changes from %2 were kept on this computer. Restore them, to save them on the server?</source>
        <translation>El servidor de equipo no respondió la última vez que editó %1, así que sus cambios de %2 se conservaron en este equipo. ¿Desea restaurarlos para guardarlos en el servidor?</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::EmptyStatePage</name>
    <message>
        <source>&amp;New Deal</source>
        <translation>&amp;Nueva operación</translation>
    </message>
    <message>
        <source>No deals yet.</source>
        <translation>Aún no hay operaciones.</translation>
    </message>
    <message>
        <source>No deal is open.</source>
        <translation>No hay ninguna operación abierta.</translation>
    </message>
    <message>
        <source>Create your first deal with New Deal (Ctrl+N): give it a title, add the options you could offer, and estimate what each option is worth to you, your customer and their customer. Triplewin shows who wins and who loses under each option.</source>
        <translation>Cree su primera operación con Nueva operación (Ctrl+N): póngale un título, añada las opciones que podría ofrecer y estime cuánto vale cada opción para usted, para su cliente y para el cliente de su cliente. Triplewin muestra quién gana y quién pierde con cada opción.</translation>
    </message>
    <message>
        <source>Pick a deal from the list on the left, or start a new one with New Deal (Ctrl+N).</source>
        <translation>Elija una operación de la lista de la izquierda o empiece una nueva con Nueva operación (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::EndingReasonFields</name>
    <message>
        <source>Choose the main reason (optional)</source>
        <translation>Elija el motivo principal (opcional)</translation>
    </message>
    <message>
        <source>For example: their budget moved to next year</source>
        <translation>Por ejemplo: su presupuesto pasó al año que viene</translation>
    </message>
    <message>
        <source>&amp;Main reason:</source>
        <translation>&amp;Motivo principal:</translation>
    </message>
    <message>
        <source>I&amp;n a few words:</source>
        <translation>&amp;En pocas palabras:</translation>
    </message>
    <message>
        <source>Main reason the deal ended</source>
        <translation>Motivo principal por el que terminó la operación</translation>
    </message>
    <message>
        <source>Why the deal ended, in a few words</source>
        <translation>Por qué terminó la operación, en pocas palabras</translation>
    </message>
    <message>
        <source>Clear the words</source>
        <translation>Borrar el texto</translation>
    </message>
    <message>
        <source>Ending Reasons</source>
        <translation>Motivos de finalización</translation>
    </message>
    <message>
        <source>The reasons offered when a deal is closed or walked away from, one per line, in the order to offer them. Empty the list to get the standard one back.</source>
        <translation>Los motivos que se ofrecen al cerrar una operación o al retirarse de ella, uno por línea, en el orden en que se ofrecen. Vacíe la lista para recuperar la lista estándar.</translation>
    </message>
    <message>
        <source>Ending reasons, one per line</source>
        <translation>Motivos de finalización, uno por línea</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::GuideWindow</name>
    <message>
        <source>Triplewin User Guide</source>
        <translation>Guía del usuario de Triplewin</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Atrás (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Adelante (Alt+Derecha)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>Í&amp;ndice</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::HabitSettingsDialog</name>
    <message>
        <source>Coaching Thresholds</source>
        <translation>Umbrales de coaching</translation>
    </message>
    <message>
        <source> ended deals</source>
        <translation> operaciones terminadas</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source> deals</source>
        <translation> operaciones</translation>
    </message>
    <message>
        <source>The coach looks at each salesperson&apos;s most recently ended deals and flags a habit when it shows up this often.</source>
        <translation>El coach examina las operaciones terminadas más recientes de cada vendedor y señala un hábito cuando aparece con esta frecuencia.</translation>
    </message>
    <message>
        <source>Look at the last:</source>
        <translation>Examinar las últimas:</translation>
    </message>
    <message>
        <source>Concession habit (lose/win) from:</source>
        <translation>Hábito de concesión (perder/ganar) a partir de:</translation>
    </message>
    <message>
        <source>Hard-bargain habit (win/lose) from:</source>
        <translation>Hábito de negociación dura (ganar/perder) a partir de:</translation>
    </message>
    <message>
        <source>Chain blind spot from:</source>
        <translation>Punto ciego en la cadena a partir de:</translation>
    </message>
    <message>
        <source>Never walks away, losses from:</source>
        <translation>Nunca se retira, pérdidas a partir de:</translation>
    </message>
    <message>
        <source>Relational quotient over:</source>
        <translation>Cociente relacional sobre:</translation>
    </message>
    <message>
        <source> concessions</source>
        <translation> concesiones</translation>
    </message>
    <message>
        <source>Gives without getting, concessions given for nothing from:</source>
        <translation>Da sin recibir, concesiones a cambio de nada a partir de:</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::HabitsPanel</name>
    <message>
        <source>RQ</source>
        <translation>CR</translation>
    </message>
    <message>
        <source>Whose habits to show</source>
        <translation>De quién mostrar los hábitos</translation>
    </message>
    <message>
        <source>How is this computed?</source>
        <translation>¿Cómo se calcula?</translation>
    </message>
    <message>
        <source>RQ per month</source>
        <translation>CR por mes</translation>
    </message>
    <message>
        <source>Coach for:</source>
        <translation>Coaching para:</translation>
    </message>
    <message>
        <source>you</source>
        <translation>usted</translation>
    </message>
    <message>
        <source>No relational quotient yet: it needs at least one ended deal.</source>
        <translation>Aún no hay cociente relacional: necesita al menos una operación terminada.</translation>
    </message>
    <message>
        <source>RQ per month, %1 – %2</source>
        <translation>CR por mes, %1 – %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No ended deals yet for %1.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;When you close a deal with the option you agreed on, or walk away from one, the coach looks at your most recent ended deals and points out habits that are forming: giving in to close (lose/win), pushing customers into a loss (win/lose), forgetting their customer, never walking away. Each flag names the deals that show it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aún no hay operaciones terminadas para %1.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Cuando cierra una operación con la opción acordada, o se retira de una, el coach examina sus operaciones terminadas más recientes y señala los hábitos que se están formando: ceder para cerrar (perder/ganar), llevar a los clientes a una pérdida (ganar/perder), olvidarse del cliente de su cliente, no retirarse nunca. Cada aviso indica las operaciones que lo muestran.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;No habits flagged.&lt;/b&gt; Your last %n ended deal(s) show no pattern of concessions, hard bargains, blind spots or avoided walk-aways. Keep it up.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;No se ha señalado ningún hábito.&lt;/b&gt; Su última operación terminada (%n) no muestra ningún patrón de concesiones, negociaciones duras, puntos ciegos ni retiradas evitadas. Siga así.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;No se ha señalado ningún hábito.&lt;/b&gt; Sus últimas %n operaciones terminadas no muestran ningún patrón de concesiones, negociaciones duras, puntos ciegos ni retiradas evitadas. Siga así.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>walked away</source>
        <translation>se retiró</translation>
    </message>
    <message>
        <source>How the RQ is computed</source>
        <translation>Cómo se calcula el CR</translation>
    </message>
    <message numerus="yes">
        <source>Relational quotient over the last %n month(s).</source>
        <translation>
            <numerusform>Cociente relacional del último mes (%n).</numerusform>
            <numerusform>Cociente relacional de los últimos %n meses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended deals counted: %1.</source>
        <translation>Operaciones terminadas contadas: %1.</translation>
    </message>
    <message>
        <source>Coach for salesperson</source>
        <translation>Coaching para el vendedor</translation>
    </message>
    <message>
        <source>Habits flagged</source>
        <translation>Hábitos señalados</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No assessed endings yet for %1.&lt;/b&gt; Habits and the RQ need deals whose value for each party is known.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aún no hay finalizaciones evaluadas para %1.&lt;/b&gt; Los hábitos y el CR necesitan operaciones en las que se conozca el valor para cada parte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>To assess (%1)</source>
        <translation>Por evaluar (%1)</translation>
    </message>
    <message>
        <source>These deals ended without a value for each party (won or lost in the CRM, or closed with a value missing), so they count in neither your habits nor your RQ. Open one, reopen it, enter the three values and close it again.</source>
        <translation>Estas operaciones terminaron sin un valor para cada parte (ganadas o perdidas en el CRM, o cerradas con algún valor sin indicar), así que no cuentan ni en sus hábitos ni en su CR. Abra una, reábrala, introduzca los tres valores y vuelva a cerrarla.</translation>
    </message>
    <message>
        <source>These deals of %1 ended without a value for each party (won or lost in the CRM, or closed with a value missing), so they count in neither the habits nor the RQ above until they are assessed.</source>
        <translation>Estas operaciones de %1 terminaron sin un valor para cada parte (ganadas o perdidas en el CRM, o cerradas con algún valor sin indicar), así que no cuentan ni en los hábitos ni en el CR de arriba hasta que se evalúen.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::ImportDialog</name>
    <message>
        <source>Deal title</source>
        <translation>Título de la operación</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Vendedor</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Fecha de cierre</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Won / lost status</source>
        <translation>Estado ganada / perdida</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Dates like 3/4/2026 are &amp;day first (3 April)</source>
        <translation>Las fechas como 3/4/2026 llevan el &amp;día primero (3 de abril)</translation>
    </message>
    <message>
        <source>&amp;Skip bad rows and import the rest</source>
        <translation>&amp;Omitir las filas erróneas e importar el resto</translation>
    </message>
    <message>
        <source>Import Deals from “%1”</source>
        <translation>Importar operaciones de “%1”</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>The first deals as they will be imported:</source>
        <translation>Las primeras operaciones tal como se importarán:</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>No se puede leer “%1”: %2.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>None in the rows previewed.</source>
        <translation>Ninguna en las filas previsualizadas.</translation>
    </message>
    <message>
        <source>Read as %1. Values for you, your customer and their customer are not in CRM exports: they come in as unknown for you to fill in. Won and lost deals come in as closed with an unknown outcome; lost never counts as walked away.</source>
        <translation>Leído como %1. Los valores para usted, su cliente y el cliente de su cliente no figuran en las exportaciones del CRM: entran como desconocidos para que usted los rellene. Las operaciones ganadas y perdidas entran como cerradas con un resultado desconocido; una perdida nunca cuenta como retirada.</translation>
    </message>
    <message>
        <source>The columns were not recognised. Choose where the file comes from, or pick the columns by hand.</source>
        <translation>No se han reconocido las columnas. Elija de dónde procede el archivo o seleccione las columnas a mano.</translation>
    </message>
    <message>
        <source>Importing deals…</source>
        <translation>Importando operaciones…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was added.</source>
        <translation>Importación cancelada: no se ha añadido nada.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) cannot be read (listed above). Fix them, or choose to skip bad rows.</source>
        <translation>
            <numerusform>No se ha importado nada: %n fila no se puede leer (indicada arriba). Corríjala o elija omitir las filas erróneas.</numerusform>
            <numerusform>No se ha importado nada: %n filas no se pueden leer (indicadas arriba). Corríjalas o elija omitir las filas erróneas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se ha importado nada: %1</translation>
    </message>
    <message>
        <source>Preview of the first deals</source>
        <translation>Vista previa de las primeras operaciones</translation>
    </message>
    <message>
        <source>E&amp;xported from:</source>
        <translation>E&amp;xportado desde:</translation>
    </message>
    <message>
        <source>As the file&apos;s amounts show</source>
        <translation>Según los importes del archivo</translation>
    </message>
    <message>
        <source>Point: 1,234.50</source>
        <translation>Punto: 1,234.50</translation>
    </message>
    <message>
        <source>Comma: 1.234,50</source>
        <translation>Coma: 1.234,50</translation>
    </message>
    <message>
        <source>Deci&amp;mal mark:</source>
        <translation>Separador &amp;decimal:</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) changed in the file in a way Triplewin did not apply: a status that changed in the CRM, or notes edited here. The deals here were kept as they are; the details list each one.</source>
        <translation>
            <numerusform>%n operación ha cambiado en el archivo de un modo que Triplewin no ha aplicado: un estado que cambió en el CRM, o notas editadas aquí. Las operaciones de aquí se han conservado tal como están; los detalles indican cada una.</numerusform>
            <numerusform>%n operaciones han cambiado en el archivo de un modo que Triplewin no ha aplicado: un estado que cambió en el CRM, o notas editadas aquí. Las operaciones de aquí se han conservado tal como están; los detalles indican cada una.</numerusform>
        </translation>
    </message>
    <message>
        <source>Of the rows previewed: %1</source>
        <translation>De las filas previsualizadas: %1</translation>
    </message>
    <message>
        <source>This file has no record IDs: a deal imported before is recognised by its owner, title and creation date, so a deal renamed in the CRM comes in as a new one.</source>
        <translation>Este archivo no tiene ID de registro: una operación importada antes se reconoce por su propietario, su título y su fecha de creación, así que una operación renombrada en el CRM entra como nueva.</translation>
    </message>
    <message>
        <source>add</source>
        <translation>añadir</translation>
    </message>
    <message>
        <source>update</source>
        <translation>actualizar</translation>
    </message>
    <message>
        <source>leave (unchanged)</source>
        <translation>dejar (sin cambios)</translation>
    </message>
    <message>
        <source>keep ours (see below)</source>
        <translation>conservar la nuestra (véase abajo)</translation>
    </message>
    <message>
        <source>Import will</source>
        <translation>La importación va a</translation>
    </message>
    <message>
        <source>Rows that cannot be imported, and changes that will not be applied</source>
        <translation>Filas que no se pueden importar y cambios que no se aplicarán</translation>
    </message>
    <message>
        <source>Rows that cannot be imported, and changes that will not be applied:</source>
        <translation>Filas que no se pueden importar y cambios que no se aplicarán:</translation>
    </message>
    <message>
        <source>Deals already here whose change will not be applied:</source>
        <translation>Operaciones ya existentes cuyo cambio no se aplicará:</translation>
    </message>
    <message>
        <source>Importing… Nothing is kept until the whole file is in.</source>
        <translation>Importando… No se guarda nada hasta que se haya leído todo el archivo.</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Motivo de la pérdida</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::JobProgress</name>
    <message>
        <source>“%1” is still running. Wait for it to finish, or cancel it, then try again.</source>
        <translation>“%1” sigue en curso. Espere a que termine o cancélelo, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cancelling… nothing of it will be kept.</source>
        <translation>Cancelando… no se conservará nada de ello.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::MainWindow</name>
    <message>
        <source>&amp;New Deal</source>
        <translation>&amp;Nueva operación</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Operaciones</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Save Deal</source>
        <translation>&amp;Guardar operación</translation>
    </message>
    <message>
        <source>&amp;Move Deal to Trash</source>
        <translation>&amp;Mover operación a la papelera</translation>
    </message>
    <message>
        <source>Show &amp;Trash…</source>
        <translation>Mostrar &amp;papelera…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Add Option</source>
        <translation>&amp;Añadir opción</translation>
    </message>
    <message>
        <source>Add an option to the open deal (Ctrl+Shift+A)</source>
        <translation>Añadir una opción a la operación abierta (Ctrl+Mayús+A)</translation>
    </message>
    <message>
        <source>&amp;Find Deal</source>
        <translation>&amp;Buscar operación</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>Your &amp;Name…</source>
        <translation>Su &amp;nombre…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Triplewin</source>
        <translation>&amp;Acerca de Triplewin</translation>
    </message>
    <message>
        <source>About Triplewin</source>
        <translation>Acerca de Triplewin</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Triplewin %1&lt;/h3&gt;&lt;p&gt;Prepare deals that are good for you, your customer and their customer.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Triplewin %1&lt;/h3&gt;&lt;p&gt;Prepare operaciones que sean buenas para usted, para su cliente y para el cliente de su cliente.&lt;/p&gt;&lt;p&gt;Base de datos: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Triplewin</source>
        <translation>Triplewin</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Nueva operación</translation>
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
        <translation>&amp;Operación</translation>
    </message>
    <message>
        <source>&amp;Close Deal…</source>
        <translation>&amp;Cerrar operación…</translation>
    </message>
    <message>
        <source>Prepare a Transparent &amp;Walk-Away…</source>
        <translation>Preparar una &amp;retirada transparente…</translation>
    </message>
    <message>
        <source>Walk Away…</source>
        <translation>Retirarse…</translation>
    </message>
    <message>
        <source>&amp;Reopen Deal</source>
        <translation>&amp;Reabrir operación</translation>
    </message>
    <message>
        <source>Negotiate an ended deal again; its closing stays in the history</source>
        <translation>Volver a negociar una operación terminada; su cierre se conserva en el historial</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Coach Panel</source>
        <translation>Panel del &amp;coach</translation>
    </message>
    <message>
        <source>&amp;Coaching Thresholds…</source>
        <translation>&amp;Umbrales de coaching…</translation>
    </message>
    <message>
        <source>&amp;Import Deals…</source>
        <translation>&amp;Importar operaciones…</translation>
    </message>
    <message>
        <source>Import a CSV file: Triplewin&apos;s own, or a Salesforce, HubSpot or Pipedrive export</source>
        <translation>Importar un archivo CSV: el propio de Triplewin o una exportación de Salesforce, HubSpot o Pipedrive</translation>
    </message>
    <message>
        <source>&amp;Export Deals…</source>
        <translation>&amp;Exportar operaciones…</translation>
    </message>
    <message>
        <source>&amp;Team Review</source>
        <translation>Revisión del &amp;equipo</translation>
    </message>
    <message>
        <source>&amp;Workshop Mode</source>
        <translation>Modo &amp;taller</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
    </message>
    <message>
        <source>Restored the backup; the previous state is kept as a backup too.</source>
        <translation>Se ha restaurado la copia de seguridad; el estado anterior también se conserva como copia de seguridad.</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurar desde copia de seguridad…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Start preparing a new deal</source>
        <translation>Empezar a preparar una operación nueva</translation>
    </message>
    <message>
        <source>Save the open deal</source>
        <translation>Guardar la operación abierta</translation>
    </message>
    <message>
        <source>Move the open deal to the trash; Undo brings it back</source>
        <translation>Mover la operación abierta a la papelera; Deshacer la recupera</translation>
    </message>
    <message>
        <source>Record the option you agreed on and freeze the outcome</source>
        <translation>Registrar la opción acordada y fijar el resultado</translation>
    </message>
    <message>
        <source>Prepare an honest walk-away conversation from this deal&apos;s own data, then record it</source>
        <translation>Preparar una conversación de retirada honesta a partir de los datos de esta operación y después registrarla</translation>
    </message>
    <message>
        <source>The whole team&apos;s deal history and dashboard, for sales managers</source>
        <translation>Historial de operaciones y panel de todo el equipo, para responsables de ventas</translation>
    </message>
    <message>
        <source>Demo scenarios to a room in a sandbox; your deals are not shown or changed</source>
        <translation>Presentar escenarios de demostración a un grupo en un entorno aislado; sus operaciones no se muestran ni se modifican</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <source>%1 Saving waits until it is done.</source>
        <translation>%1 El guardado espera hasta que termine.</translation>
    </message>
    <message>
        <source>Quit Triplewin</source>
        <translation>Salir de Triplewin</translation>
    </message>
    <message>
        <source>“%1” is still running. Cancel it and quit? Nothing of it will be kept.</source>
        <translation>“%1” sigue en curso. ¿Desea cancelarlo y salir? No se conservará nada de ello.</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>No se ha restaurado la copia de seguridad.</translation>
    </message>
    <message>
        <source>Work on your team&apos;s shared deals on its PostgreSQL server</source>
        <translation>Trabajar con las operaciones compartidas de su equipo en su servidor PostgreSQL</translation>
    </message>
    <message>
        <source>Open &amp;Local Database</source>
        <translation>Abrir base de datos &amp;local</translation>
    </message>
    <message>
        <source>Team server: %1</source>
        <translation>Servidor de equipo: %1</translation>
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
        <translation>El servidor de equipo no responde: los cambios se conservan en este equipo</translation>
    </message>
    <message>
        <source>Copy the deals of a database file on this computer to the team server, under your login</source>
        <translation>Copiar las operaciones de un archivo de base de datos de este equipo al servidor de equipo, con su usuario</translation>
    </message>
    <message>
        <source>Mer&amp;ge a Team Member&apos;s Database…</source>
        <translation>Com&amp;binar la base de datos de un miembro del equipo…</translation>
    </message>
    <message>
        <source>&amp;Connect to Team Server…</source>
        <translation>&amp;Conectar al servidor de equipo…</translation>
    </message>
    <message>
        <source>Move &amp;Deals to Team Server…</source>
        <translation>Mover &amp;operaciones al servidor de equipo…</translation>
    </message>
    <message>
        <source>Ask &amp;Why Before a Questionable Closing</source>
        <translation>Preguntar el &amp;porqué antes de un cierre dudoso</translation>
    </message>
    <message>
        <source>Closing on an option below your or your customer&apos;s reference point, or on a dominated option, asks for a written reason first</source>
        <translation>Cerrar con una opción por debajo de su punto de referencia o del de su cliente, o con una opción dominada, pide antes un motivo por escrito</translation>
    </message>
    <message>
        <source>Export Deal &amp;Brief…</source>
        <translation>Exportar &amp;ficha de preparación…</translation>
    </message>
    <message>
        <source>A one-page PDF of the open deal for the meeting: parties, options, chart, walk-away</source>
        <translation>Un PDF de una página de la operación abierta para la reunión: partes, opciones, gráfico, retirada</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>%1 - brief.pdf</source>
        <translation>%1 - brief.pdf</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Export Deal Brief</source>
        <translation>Exportar ficha de preparación</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote the brief to %1.</source>
        <translation>Se ha guardado la ficha de preparación en %1.</translation>
    </message>
    <message>
        <source>&amp;Ending Reasons…</source>
        <translation>&amp;Motivos de finalización…</translation>
    </message>
    <message>
        <source>Edit the short list of reasons offered when a deal ends</source>
        <translation>Editar la lista breve de motivos que se ofrecen cuando termina una operación</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>C&amp;laro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>How to prepare a deal, review a team and run a workshop, with the rules in plain words (works offline)</source>
        <translation>Cómo preparar una operación, revisar un equipo y dirigir un taller, con las reglas en palabras sencillas (funciona sin conexión)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The team server is not answering, so your changes are kept on this computer until it does. Choose the language again when it answers.</source>
        <translation>El servidor de equipo no responde, así que sus cambios se guardan en este ordenador hasta que responda. Vuelva a elegir el idioma cuando responda.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::MoveToTrashCommand</name>
    <message>
        <source>Move “%1” to the trash</source>
        <translation>Mover “%1” a la papelera</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::OptionsDelegate</name>
    <message>
        <source>not assessed</source>
        <translation>sin evaluar</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::OptionsTable</name>
    <message>
        <source>&amp;Add option</source>
        <translation>Añadir opción</translation>
    </message>
    <message>
        <source>&amp;Remove option</source>
        <translation>&amp;Quitar opción</translation>
    </message>
    <message>
        <source>Add an option (Ctrl+Shift+A)</source>
        <translation>Añadir una opción (Ctrl+Mayús+A)</translation>
    </message>
    <message>
        <source>Remove the selected option (Ctrl+Shift+Delete); Undo brings it back</source>
        <translation>Quitar la opción seleccionada (Ctrl+Mayús+Supr); Deshacer la recupera</translation>
    </message>
    <message>
        <source>Option “%1”, %2: %3</source>
        <translation>Opción “%1”, %2: %3</translation>
    </message>
    <message>
        <source>Edit option</source>
        <translation>Editar opción</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Opción %1</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Añadir opción</translation>
    </message>
    <message>
        <source>Remove option “%1”</source>
        <translation>Quitar la opción “%1”</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::PartyPreparationPanel</name>
    <message>
        <source>What you need and why, one per line</source>
        <translation>Lo que usted necesita y por qué, uno por línea</translation>
    </message>
    <message>
        <source>What your customer needs and why, one per line</source>
        <translation>Lo que su cliente necesita y por qué, uno por línea</translation>
    </message>
    <message>
        <source>What their customers need, one per line</source>
        <translation>Lo que necesitan los clientes de su cliente, uno por línea</translation>
    </message>
    <message>
        <source>e.g. cost plus our minimum margin</source>
        <translation>p. ej., coste más nuestro margen mínimo</translation>
    </message>
    <message>
        <source>e.g. the competitor&apos;s quote</source>
        <translation>p. ej., el presupuesto de la competencia</translation>
    </message>
    <message>
        <source>e.g. what they get today</source>
        <translation>p. ej., lo que obtienen hoy</translation>
    </message>
    <message>
        <source>Interests:</source>
        <translation>Intereses:</translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation>Relación:</translation>
    </message>
    <message>
        <source>How sure:</source>
        <translation>Grado de certeza:</translation>
    </message>
    <message>
        <source>%1: interests</source>
        <translation>%1: intereses</translation>
    </message>
    <message>
        <source>%1: relationship</source>
        <translation>%1: relación</translation>
    </message>
    <message>
        <source>History, trust, what is at stake next time</source>
        <translation>Historial, confianza, lo que está en juego la próxima vez</translation>
    </message>
    <message>
        <source>%1: %2 based on</source>
        <translation>%1: en qué se basa %2</translation>
    </message>
    <message>
        <source>%1: how sure</source>
        <translation>%1: grado de certeza</translation>
    </message>
    <message>
        <source>Reference point
based on:</source>
        <translation>Punto de referencia
basado en:</translation>
    </message>
    <message>
        <source>e.g. cost plus margin</source>
        <translation>p. ej., coste + margen</translation>
    </message>
    <message>
        <source>e.g. a rival&apos;s quote</source>
        <translation>p. ej., oferta rival</translation>
    </message>
    <message>
        <source>e.g. what they have today</source>
        <translation>p. ej., lo que tienen hoy</translation>
    </message>
    <message>
        <source>Change how sure for %1 to %2</source>
        <translation>Cambiar el grado de certeza de %1 a %2</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::PresenterView</name>
    <message>
        <source>The customer came off worse last time</source>
        <translation>El cliente salió peor parado la última vez</translation>
    </message>
    <message>
        <source>Triplewin Workshop — Presenter</source>
        <translation>Taller de Triplewin — Presentador</translation>
    </message>
    <message>
        <source>Space / → next    ← back    PgDn / PgUp next / previous scenario    1 2 3 role cards    Esc leave</source>
        <translation>Espacio / → siguiente    ← atrás    AvPág / RePág escenario siguiente / anterior    1 2 3 tarjetas de rol    Esc salir</translation>
    </message>
    <message>
        <source>No scenarios</source>
        <translation>No hay escenarios</translation>
    </message>
    <message>
        <source>Import a scenario pack first.</source>
        <translation>Importe primero un paquete de escenarios.</translation>
    </message>
    <message>
        <source>The deal</source>
        <translation>La operación</translation>
    </message>
    <message>
        <source>Your guess</source>
        <translation>Su estimación</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>El resultado</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Análisis final</translation>
    </message>
    <message>
        <source>Scenario %1 of %2 · step %3 of %4: %5</source>
        <translation>Escenario %1 de %2 · paso %3 de %4: %5</translation>
    </message>
    <message>
        <source>Role card: %1</source>
        <translation>Tarjeta de rol: %1</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; sells to &lt;b&gt;%2&lt;/b&gt;, who serves &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; vende a &lt;b&gt;%2&lt;/b&gt;, que atiende a &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The options on the table:</source>
        <translation>Las opciones sobre la mesa:</translation>
    </message>
    <message>
        <source>Earlier deals of %1:</source>
        <translation>Operaciones anteriores de %1:</translation>
    </message>
    <message>
        <source>walked away transparently</source>
        <translation>se retiró con transparencia</translation>
    </message>
    <message>
        <source>For each option: does each party &lt;b&gt;win&lt;/b&gt;, break &lt;b&gt;even&lt;/b&gt; or &lt;b&gt;lose&lt;/b&gt; against its own walk-away point?</source>
        <translation>Para cada opción: ¿cada parte &lt;b&gt;gana&lt;/b&gt;, &lt;b&gt;empata&lt;/b&gt; o &lt;b&gt;pierde&lt;/b&gt; respecto a su propio punto de abandono?</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The coach would flag: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>El coach señalaría: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Confidential — for this role only:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Confidencial — solo para este rol:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Press the same key or Esc to hide this card.</source>
        <translation>Pulse la misma tecla o Esc para ocultar esta tarjeta.</translation>
    </message>
    <message>
        <source>Concessions so far:</source>
        <translation>Concesiones hasta ahora:</translation>
    </message>
    <message numerus="yes">
        <source>, %n concession(s) given for nothing</source>
        <translation>
            <numerusform>, %n concesión sin contrapartida</numerusform>
            <numerusform>, %n concesiones sin contrapartida</numerusform>
        </translation>
    </message>
    <message>
        <source>Space / → next    ← back    PgDn / PgUp next / previous scenario    1 2 3 role cards    R room    Esc leave</source>
        <translation>Espacio / → siguiente    ← atrás    AvPág / RePág escenario siguiente / anterior    1 2 3 tarjetas de rol    R sala    Esc salir</translation>
    </message>
    <message>
        <source>This presenter has no room.</source>
        <translation>Este presentador no tiene sala.</translation>
    </message>
    <message>
        <source>Open the Room</source>
        <translation>Abrir la sala</translation>
    </message>
    <message>
        <source>The room was not opened. %1
Pick another port or network and try again.</source>
        <translation>No se ha abierto la sala. %1
Elija otro puerto u otra red e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>QR code of the room&apos;s address, %1</source>
        <translation>Código QR de la dirección de la sala, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n joined</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 answered</source>
        <translation>%1 · han respondido: %2</translation>
    </message>
    <message>
        <source>The room got every result right.</source>
        <translation>La sala acertó todos los resultados.</translation>
    </message>
    <message>
        <source>What the room got most wrong:</source>
        <translation>En qué se equivocó más la sala:</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 answered otherwise; it was &lt;b&gt;%5&lt;/b&gt;.</source>
        <translation>%1, %2: %3 de %4 respondieron otra cosa; la respuesta correcta era &lt;b&gt;%5&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>%1 · room %2 · %3</source>
        <translation>%1 · sala %2 · %3</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::ProfileDialog</name>
    <message>
        <source>Welcome to Triplewin</source>
        <translation>Le damos la bienvenida a Triplewin</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Who is preparing deals here? New deals are filed under your name, and closings, walk-aways and coaching notes are signed with it. You can change it later under Settings ▸ Your Name.</source>
        <translation>¿Quién prepara operaciones aquí? Las operaciones nuevas se archivan con su nombre, y los cierres, las retiradas y las notas de coaching se firman con él. Puede cambiarlo más adelante en Configuración ▸ Su nombre.</translation>
    </message>
    <message>
        <source>New deals are filed under this name, and your closings, walk-aways and coaching notes are signed with it. Deals already recorded keep the name they were recorded with.</source>
        <translation>Las operaciones nuevas se archivan con este nombre, y sus cierres, retiradas y notas de coaching se firman con él. Las operaciones ya registradas conservan el nombre con el que se registraron.</translation>
    </message>
    <message>
        <source>e.g. Dana Fischer</source>
        <translation>p. ej., Dana Fischer</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>Deals are filed under your name, and closings, walk-aways and coaching notes are signed with it. It has not been set yet: who are you?</source>
        <translation>Las operaciones se archivan con su nombre, y los cierres, las retiradas y las notas de coaching se firman con él. Aún no se ha definido: ¿quién es usted?</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::RehearsalView</name>
    <message>
        <source>Rehearse the Walk-Away</source>
        <translation>Ensayar la retirada</translation>
    </message>
    <message>
        <source>The script is empty.</source>
        <translation>El guion está vacío.</translation>
    </message>
    <message>
        <source>Space or → next step    ← back    Esc leave</source>
        <translation>Espacio o → paso siguiente    ← atrás    Esc salir</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
    </message>
    <message>
        <source>Restoring replaces every deal in this database with the backup&apos;s. What it replaces is kept as a backup of its own, so a restore can be undone the same way.</source>
        <translation>Al restaurar se sustituyen todas las operaciones de esta base de datos por las de la copia de seguridad. Lo que se sustituye se conserva como una copia de seguridad propia, de modo que una restauración se puede deshacer del mismo modo.</translation>
    </message>
    <message>
        <source>No backups yet. Triplewin makes one on each day you open a database, and one before every upgrade of its format. They are kept in
%1</source>
        <translation>Aún no hay copias de seguridad. Triplewin crea una cada día que abre una base de datos, y otra antes de cada actualización de su formato. Se guardan en
%1</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Replace every deal in this database with the backup&apos;s? What is there now is kept as a backup first.</source>
        <translation>¿Desea sustituir todas las operaciones de esta base de datos por las de la copia de seguridad? Lo que hay ahora se conserva antes como copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::RoomDialog</name>
    <message>
        <source>Open the Room</source>
        <translation>Abrir la sala</translation>
    </message>
    <message>
        <source>Participants vote from their phones on the same network: no account, no app and no internet needed. The room serves only the current scenario&apos;s public text and takes votes; it stops when the presenter closes.</source>
        <translation>Los participantes votan desde su móvil en la misma red: sin cuenta, sin aplicación y sin internet. La sala solo ofrece el texto público del escenario actual y recoge los votos; se detiene al cerrar el presentador.</translation>
    </message>
    <message>
        <source>%1 — this computer only (a demo)</source>
        <translation>%1 — solo este equipo (demostración)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Red:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Open the Room</source>
        <translation>&amp;Abrir la sala</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::RoomResultsView</name>
    <message>
        <source>What the room thought</source>
        <translation>Lo que pensó la sala</translation>
    </message>
    <message numerus="yes">
        <source>What the room thought (%n answered)</source>
        <translation>
            <numerusform>Lo que pensó la sala (%n respuesta)</numerusform>
            <numerusform>Lo que pensó la sala (%n respuestas)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2; it was %3</source>
        <translation>%1: %2; respuesta correcta: %3</translation>
    </message>
    <message>
        <source>it was %1</source>
        <translation>respuesta correcta: %1</translation>
    </message>
    <message>
        <source>Each bar: %1, %2, %3 from left to right; the true answer in green</source>
        <translation>Cada barra: %1, %2, %3 de izquierda a derecha; la respuesta correcta en verde</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::ScriptDocument</name>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>No se puede escribir “%1”: %2.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::ServerConnectDialog</name>
    <message>
        <source>Connect to Team Server</source>
        <translation>Conectar al servidor de equipo</translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <source>as your login, when empty</source>
        <translation>como su usuario, si se deja vacío</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>Cuando el servidor lo ofrezca</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Required, certificate checked</source>
        <translation>Obligatorio, con verificación del certificado</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>from ~/.pgpass when empty</source>
        <translation>de ~/.pgpass, si se deja vacío</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Cifrado:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>Deals on a team server are shared by the team: you see and change your own, a manager reads everyone&apos;s. Whoever runs the server gives you a login.</source>
        <translation>Las operaciones de un servidor de equipo las comparte el equipo: usted ve y modifica las suyas, y un responsable lee las de todos. Quien administra el servidor le proporciona un usuario.</translation>
    </message>
    <message>
        <source>The server wants a password for %1.</source>
        <translation>El servidor pide una contraseña para %1.</translation>
    </message>
    <message>
        <source>The server did not accept the login %1 with this password.</source>
        <translation>El servidor no ha aceptado el usuario %1 con esta contraseña.</translation>
    </message>
    <message>
        <source>your system login, when empty</source>
        <translation>su usuario del sistema, si se deja vacío</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Every command with a shortcut, as the menus have it now. In a menu, Alt and the underlined letter choose too; in the options table, Tab moves to the next cell you can type in and Enter ends an edit.</source>
        <translation>Todos los comandos con atajo, tal como figuran ahora en los menús. En un menú, Alt y la letra subrayada también sirven para elegir; en la tabla de opciones, Tab pasa a la siguiente celda editable e Intro termina una edición.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::StaleSaveQuestion</name>
    <message>
        <source>Save Deal</source>
        <translation>Guardar operación</translation>
    </message>
    <message>
        <source>Save your version as a new deal, or cancel and copy what you need.</source>
        <translation>Guarde su versión como una operación nueva, o cancele y copie lo que necesite.</translation>
    </message>
    <message>
        <source>Reload the stored version (your edits are dropped), overwrite it with yours, or save yours as a new deal next to it.</source>
        <translation>Vuelva a cargar la versión guardada (se descartan sus cambios), sobrescríbala con la suya o guarde la suya como una operación nueva junto a ella.</translation>
    </message>
    <message>
        <source>Reload Stored Version</source>
        <translation>Recargar versión guardada</translation>
    </message>
    <message>
        <source>Overwrite With Mine</source>
        <translation>Sobrescribir con la mía</translation>
    </message>
    <message>
        <source>Save Mine as a Copy</source>
        <translation>Guardar la mía como copia</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::TeamReviewWindow</name>
    <message>
        <source>Team Review — Triplewin</source>
        <translation>Revisión del equipo — Triplewin</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Cualquier resultado</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el periodo</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Search deal, customer or salesperson</source>
        <translation>Buscar operación, cliente o vendedor</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>Team Review</source>
        <translation>Revisión del equipo</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>ended deals</source>
        <translation>operaciones terminadas</translation>
    </message>
    <message>
        <source>Relational quotient per salesperson</source>
        <translation>Cociente relacional por vendedor</translation>
    </message>
    <message>
        <source>RQ</source>
        <translation>CR</translation>
    </message>
    <message>
        <source>&lt;p&gt;No ended deals yet. When the team closes deals or walks away from them, their outcome mix, relational quotient and habits appear here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aún no hay operaciones terminadas. Cuando el equipo cierre operaciones o se retire de ellas, aquí aparecerán su distribución de resultados, su cociente relacional y sus hábitos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No habits flagged.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No se ha señalado ningún hábito.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Deal</source>
        <translation>Abrir operación</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Exportar &amp;informe…</translation>
    </message>
    <message>
        <source>Save the dashboard as a PDF to share</source>
        <translation>Guardar el panel como PDF para compartirlo</translation>
    </message>
    <message>
        <source>Export Team Report</source>
        <translation>Exportar informe del equipo</translation>
    </message>
    <message>
        <source>team-report.pdf</source>
        <translation>team-report.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Team report, %1</source>
        <translation>Informe del equipo, %1</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>No se puede escribir “%1”: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Outcome mix per salesperson, last %n month(s)</source>
        <translation>
            <numerusform>Distribución de resultados por vendedor, último mes (%n)</numerusform>
            <numerusform>Distribución de resultados por vendedor, últimos %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Filter by outcome</source>
        <translation>Filtrar por resultado</translation>
    </message>
    <message>
        <source>Filter by period</source>
        <translation>Filtrar por periodo</translation>
    </message>
    <message>
        <source>&amp;Salesperson:</source>
        <translation>&amp;Vendedor:</translation>
    </message>
    <message>
        <source>Filter by salesperson</source>
        <translation>Filtrar por vendedor</translation>
    </message>
    <message>
        <source>Team deal history</source>
        <translation>Historial de operaciones del equipo</translation>
    </message>
    <message>
        <source>Habits per salesperson</source>
        <translation>Hábitos por vendedor</translation>
    </message>
    <message>
        <source>Outcome mix per salesperson</source>
        <translation>Distribución de resultados por vendedor</translation>
    </message>
    <message>
        <source>History and dashboard</source>
        <translation>Historial y panel</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>no ended deals</source>
        <translation>ninguna operación terminada</translation>
    </message>
    <message>
        <source>%1: RQ %2.</source>
        <translation>%1: CR %2.</translation>
    </message>
    <message>
        <source>%1: no RQ yet.</source>
        <translation>%1: aún sin CR.</translation>
    </message>
    <message>
        <source>No ended deals yet.</source>
        <translation>Aún no hay operaciones terminadas.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Deal history</source>
        <translation>Historial de operaciones</translation>
    </message>
    <message>
        <source>No deals match the filters.</source>
        <translation>Ninguna operación coincide con los filtros.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n deals in the window&apos;s order.</source>
        <translation>
            <numerusform>La primera operación (%n) en el orden de la ventana.</numerusform>
            <numerusform>Las primeras %n operaciones en el orden de la ventana.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to assess</source>
        <translation>
            <numerusform>%n por evaluar</numerusform>
            <numerusform>%n por evaluar</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>&lt;h2&gt;Why deals ended&lt;/h2&gt;&lt;p&gt;%n deal(s) ended since %1, counted by the main reason given when they were closed or walked away from (or the CRM&apos;s lost reason).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h2&gt;Por qué terminaron las operaciones&lt;/h2&gt;&lt;p&gt;%n operación terminada desde %1, contada según el motivo principal indicado al cerrarla o al retirarse de ella (o el motivo de pérdida del CRM).&lt;/p&gt;</numerusform>
            <numerusform>&lt;h2&gt;Por qué terminaron las operaciones&lt;/h2&gt;&lt;p&gt;%n operaciones terminadas desde %1, contadas según el motivo principal indicado al cerrarlas o al retirarse de ellas (o el motivo de pérdida del CRM).&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>By outcome</source>
        <translation>Por resultado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>By salesperson</source>
        <translation>Por vendedor</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Vendedor</translation>
    </message>
    <message>
        <source>Why deals ended</source>
        <translation>Por qué terminaron las operaciones</translation>
    </message>
    <message>
        <source>&amp;Why Deals Ended</source>
        <translation>&amp;Por qué terminaron las operaciones</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;No deal ended in the last %n month(s). When the team closes deals or walks away from them, why they ended is counted here, by outcome and by salesperson.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Ninguna operación terminó en el último mes (%n). Cuando el equipo cierre operaciones o se retire de ellas, aquí se contará por qué terminaron, por resultado y por vendedor.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Ninguna operación terminó en los últimos %n meses. Cuando el equipo cierre operaciones o se retire de ellas, aquí se contará por qué terminaron, por resultado y por vendedor.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;Value left on the table&lt;/h2&gt;&lt;p&gt;Per salesperson, what the deals they closed since %1 left on the table against each deal&apos;s best option for all (the greatest sum of surpluses where nobody loses), as it stood when each deal closed. Positive: that party could have had more.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Valor dejado sobre la mesa&lt;/h2&gt;&lt;p&gt;Por vendedor, lo que las operaciones que cerró desde %1 dejaron sobre la mesa respecto a la mejor opción para todos de cada operación (la mayor suma de excedentes en la que nadie pierde), tal como estaba cuando se cerró cada operación. Positivo: esa parte podría haber obtenido más.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Closed deals</source>
        <translation>Operaciones cerradas</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Reading the team&apos;s deals for the dashboard…</source>
        <translation>Leyendo las operaciones del equipo para el panel…</translation>
    </message>
    <message>
        <source>Reading the team&apos;s deals…</source>
        <translation>Leyendo las operaciones del equipo…</translation>
    </message>
    <message>
        <source>Team Review — %1 — Triplewin</source>
        <translation>Revisión del equipo — %1 — Triplewin</translation>
    </message>
    <message>
        <source>Team server %1</source>
        <translation>Servidor de equipo %1</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Vaciar papelera…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Vaciar papelera</translation>
    </message>
    <message>
        <source>Delete every deal in the trash for good? This cannot be undone.</source>
        <translation>¿Desea eliminar definitivamente todas las operaciones de la papelera? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>The trash is empty. Deals you delete wait here until you empty it.</source>
        <translation>La papelera está vacía. Las operaciones que elimine esperan aquí hasta que la vacíe.</translation>
    </message>
    <message>
        <source>Deals here are kept until you empty the trash. Restore one to bring it back.</source>
        <translation>Las operaciones que hay aquí se conservan hasta que vacíe la papelera. Restaure una para recuperarla.</translation>
    </message>
    <message>
        <source>Deals in the trash</source>
        <translation>Operaciones en la papelera</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::UpgradeProgress</name>
    <message>
        <source>Upgrading “%1” to this version of Triplewin. A backup of it is kept first.</source>
        <translation>Actualizando “%1” a esta versión de Triplewin. Antes se guarda una copia de seguridad.</translation>
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
        <translation>Valor por encima del punto de referencia de cada parte</translation>
    </message>
    <message>
        <source>Reference point (walk-away line)</source>
        <translation>Punto de referencia (línea de abandono)</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Excedente</translation>
    </message>
    <message>
        <source>Three-party value chart</source>
        <translation>Gráfico de valor de las tres partes</translation>
    </message>
    <message>
        <source>Option %1, %2: %3.</source>
        <translation>Opción %1, %2: %3.</translation>
    </message>
    <message>
        <source>%1 %2 (%3 over the reference point).</source>
        <translation>%1 %2 (%3 por encima del punto de referencia).</translation>
    </message>
    <message>
        <source>%1 not assessed.</source>
        <translation>%1 sin evaluar.</translation>
    </message>
    <message>
        <source>No options yet: add an option to see who wins and who loses.</source>
        <translation>Aún no hay opciones: añada una opción para ver quién gana y quién pierde.</translation>
    </message>
    <message>
        <source>Each party&apos;s surplus over its own reference point, per option.</source>
        <translation>El excedente de cada parte sobre su propio punto de referencia, por opción.</translation>
    </message>
    <message>
        <source>%1, “%2”: %3, %4 over the %5</source>
        <translation>%1, “%2”: %3, %4 por encima de su %5</translation>
    </message>
    <message>
        <source>%1, “%2”: not assessed</source>
        <translation>%1, “%2”: sin evaluar</translation>
    </message>
    <message>
        <source>Value over each party&apos;s reference point, in %1</source>
        <translation>Valor por encima del punto de referencia de cada parte, en %1</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::WalkAwayWizard</name>
    <message>
        <source>Transparent Walk-Away: %1</source>
        <translation>Retirada transparente: %1</translation>
    </message>
    <message>
        <source>&amp;Record Walk-Away</source>
        <translation>&amp;Registrar retirada</translation>
    </message>
    <message>
        <source>&amp;Keep Script</source>
        <translation>Conservar &amp;guion</translation>
    </message>
    <message>
        <source>End the deal as walked away: a transparent no deal, counted in favour of your relational quotient</source>
        <translation>Terminar la operación como retirada: sin acuerdo pero transparente, lo que cuenta a favor de su cociente relacional</translation>
    </message>
    <message>
        <source>Keep the script with the deal and close</source>
        <translation>Conservar el guion con la operación y cerrar</translation>
    </message>
    <message>
        <source>1. Check</source>
        <translation>1. Comprobación</translation>
    </message>
    <message>
        <source>The options you explored, and who falls short under each.</source>
        <translation>Las opciones que ha explorado y quién sale perdiendo con cada una.</translation>
    </message>
    <message>
        <source>2. Commitment</source>
        <translation>2. Compromiso</translation>
    </message>
    <message>
        <source>Start by saying what you are after: an outcome good for both sides.</source>
        <translation>Empiece diciendo lo que busca: un resultado bueno para ambas partes.</translation>
    </message>
    <message>
        <source>3. Transparency</source>
        <translation>3. Transparencia</translation>
    </message>
    <message>
        <source>Say what each side needs, and what you tried.</source>
        <translation>Diga lo que necesita cada parte y lo que ha intentado.</translation>
    </message>
    <message>
        <source>4. The proposal</source>
        <translation>4. La propuesta</translation>
    </message>
    <message>
        <source>No win/win: propose not to do this deal this time.</source>
        <translation>No hay ganar/ganar: proponga no hacer esta operación por ahora.</translation>
    </message>
    <message>
        <source>5. Follow-up</source>
        <translation>5. Seguimiento</translation>
    </message>
    <message>
        <source>What would need to change for a deal that is good for both sides, and when to talk again.</source>
        <translation>Qué tendría que cambiar para llegar a una operación buena para ambas partes, y cuándo volver a hablar.</translation>
    </message>
    <message>
        <source>e.g. their budget for next year is confirmed, or we can offer a phased roll-out</source>
        <translation>p. ej., se confirma su presupuesto para el año que viene, o podemos ofrecer una implantación por fases</translation>
    </message>
    <message>
        <source>What would need to &amp;change:</source>
        <translation>Qué tendría que &amp;cambiar:</translation>
    </message>
    <message>
        <source>&amp;Revisit on:</source>
        <translation>&amp;Retomar el:</translation>
    </message>
    <message>
        <source>6. Review</source>
        <translation>6. Revisión</translation>
    </message>
    <message>
        <source>The whole script. Make it your own words; your edits are kept with the deal.</source>
        <translation>El guion completo. Expréselo con sus propias palabras; sus cambios se conservan con la operación.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Re&amp;hearse</source>
        <translation>En&amp;sayar</translation>
    </message>
    <message>
        <source>Start &amp;Over</source>
        <translation>Empezar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Replace your edits with a script generated from the deal again</source>
        <translation>Sustituir sus cambios por un guion generado de nuevo a partir de la operación</translation>
    </message>
    <message>
        <source>One step per screen in large type, to practise aloud (Space for the next step)</source>
        <translation>Un paso por pantalla en letra grande, para practicar en voz alta (Espacio para el paso siguiente)</translation>
    </message>
    <message>
        <source>The deal changed after you edited this script. Check the numbers, or choose Start Over to build it again from the current values.</source>
        <translation>La operación ha cambiado después de que editara este guion. Compruebe las cifras, o elija Empezar de nuevo para volver a crearlo a partir de los valores actuales.</translation>
    </message>
    <message>
        <source>Leave unticked until you have agreed on a date with the customer</source>
        <translation>Déjelo sin marcar hasta que haya acordado una fecha con el cliente</translation>
    </message>
    <message>
        <source>Record Walk-Away</source>
        <translation>Registrar retirada</translation>
    </message>
    <message>
        <source>Record that you walked away from “%1”? This ends the deal as a transparent walk-away (a good outcome, never counted as lost); your script is kept, and the deal can be reopened later.</source>
        <translation>¿Desea registrar que se ha retirado de “%1”? Esto termina la operación como una retirada transparente (un buen resultado, que nunca cuenta como perdida); su guion se conserva y la operación se puede reabrir más adelante.</translation>
    </message>
    <message>
        <source>Revisit on</source>
        <translation>Retomar el</translation>
    </message>
    <message>
        <source>Walk-away script</source>
        <translation>Guion de retirada</translation>
    </message>
    <message>
        <source>Export Walk-Away Script</source>
        <translation>Exportar guion de retirada</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Transparent walk-away: %1</source>
        <translation>Retirada transparente: %1</translation>
    </message>
    <message>
        <source>When you record the walk-away, say why it came to this (your manager sees it):</source>
        <translation>Al registrar la retirada, explique por qué se ha llegado a esto (su responsable lo verá):</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::WorkshopWindow</name>
    <message>
        <source>&lt;b&gt;Workshop mode&lt;/b&gt; — a sandbox in memory. Your own deals are not shown and not changed. Press F5 to present; close this window to leave.</source>
        <translation>&lt;b&gt;Modo taller&lt;/b&gt; — un entorno aislado en memoria. Sus propias operaciones no se muestran ni se modifican. Pulse F5 para presentar; cierre esta ventana para salir.</translation>
    </message>
    <message>
        <source>Scenario &amp;title:</source>
        <translation>&amp;Título del escenario:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Resumen:</translation>
    </message>
    <message>
        <source>&amp;Lesson:</source>
        <translation>&amp;Lección:</translation>
    </message>
    <message>
        <source>Role card: %1</source>
        <translation>Tarjeta de rol: %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Brief:</source>
        <translation>Instrucciones:</translation>
    </message>
    <message>
        <source>Confidential:</source>
        <translation>Confidencial:</translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation>Una pregunta por línea</translation>
    </message>
    <message>
        <source>&amp;Debrief questions:</source>
        <translation>&amp;Preguntas del análisis final:</translation>
    </message>
    <message>
        <source>Deal and Options</source>
        <translation>Operación y opciones</translation>
    </message>
    <message>
        <source>Story, Roles and Debrief</source>
        <translation>Historia, roles y análisis final</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Taller</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Presentar</translation>
    </message>
    <message>
        <source>Show the selected scenario full screen for the room</source>
        <translation>Mostrar el escenario seleccionado a pantalla completa para el grupo</translation>
    </message>
    <message>
        <source>&amp;Import Pack…</source>
        <translation>&amp;Importar paquete…</translation>
    </message>
    <message>
        <source>&amp;Save Pack</source>
        <translation>&amp;Guardar paquete</translation>
    </message>
    <message>
        <source>&amp;Export Pack…</source>
        <translation>&amp;Exportar paquete…</translation>
    </message>
    <message>
        <source>Open the &amp;Bundled Scenarios</source>
        <translation>Abrir los escenarios &amp;incluidos</translation>
    </message>
    <message>
        <source>&amp;Leave Workshop Mode</source>
        <translation>&amp;Salir del modo taller</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>The scenario pack was not opened; the current pack is unchanged.
%1</source>
        <translation>No se ha abierto el paquete de escenarios; el paquete actual no ha cambiado.
%1</translation>
    </message>
    <message>
        <source>The scenario pack could not be loaded into the workshop; the current pack is unchanged.
%1</source>
        <translation>No se ha podido cargar el paquete de escenarios en el taller; el paquete actual no ha cambiado.
%1</translation>
    </message>
    <message>
        <source>Give the scenario a title.</source>
        <translation>Póngale un título al escenario.</translation>
    </message>
    <message>
        <source>The pack was not saved to “%1”: %2</source>
        <translation>No se ha guardado el paquete en “%1”: %2</translation>
    </message>
    <message>
        <source>Saved the pack to %1</source>
        <translation>Se ha guardado el paquete en %1</translation>
    </message>
    <message>
        <source>Export Scenario Pack</source>
        <translation>Exportar paquete de escenarios</translation>
    </message>
    <message>
        <source>Scenario packs (*.json)</source>
        <translation>Paquetes de escenarios (*.json)</translation>
    </message>
    <message>
        <source>Import Scenario Pack</source>
        <translation>Importar paquete de escenarios</translation>
    </message>
    <message>
        <source>Scenario packs (*.json);;All files (*)</source>
        <translation>Paquetes de escenarios (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save the Scenario Pack?</source>
        <translation>¿Guardar el paquete de escenarios?</translation>
    </message>
    <message>
        <source>The scenarios were edited in this workshop. Save the pack first?</source>
        <translation>Los escenarios se han editado en este taller. ¿Desea guardar antes el paquete?</translation>
    </message>
    <message>
        <source>%1[*] — Triplewin Workshop</source>
        <translation>%1[*] — Taller de Triplewin</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>%1: name</source>
        <translation>%1: nombre</translation>
    </message>
    <message>
        <source>%1: brief</source>
        <translation>%1: instrucciones</translation>
    </message>
    <message>
        <source>%1: confidential notes</source>
        <translation>%1: notas confidenciales</translation>
    </message>
    <message>
        <source>Story, roles and debrief</source>
        <translation>Historia, roles y análisis final</translation>
    </message>
    <message>
        <source>Workshop mode: the walk-away is rehearsed, not recorded.</source>
        <translation>Modo taller: la retirada se ensaya, no se registra.</translation>
    </message>
    <message>
        <source>Export &amp;Room Results…</source>
        <translation>Exportar &amp;resultados de la sala…</translation>
    </message>
    <message>
        <source>Save what the room answered on its phones, as CSV or JSON</source>
        <translation>Guardar lo que la sala respondió desde los móviles, en CSV o JSON</translation>
    </message>
    <message>
        <source>The room has no results yet: open the room in the presenter (R) and let it vote on a scenario&apos;s guess step.</source>
        <translation>La sala aún no tiene resultados: abra la sala en el presentador (R) y deje que vote en el paso “Su estimación” de un escenario.</translation>
    </message>
    <message>
        <source>Export Room Results</source>
        <translation>Exportar resultados de la sala</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Archivos CSV (*.csv);;Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>The room&apos;s results were not saved to “%1”: %2</source>
        <translation>No se han guardado los resultados de la sala en “%1”: %2</translation>
    </message>
    <message>
        <source>Saved the room&apos;s results to %1</source>
        <translation>Se han guardado los resultados de la sala en %1</translation>
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
        <translation>No se ha podido abrir la base de datos de operaciones.</translation>
    </message>
    <message>
        <source>Choose Another File…</source>
        <translation>Elegir otro archivo…</translation>
    </message>
    <message>
        <source>Open or Create a Deal Database</source>
        <translation>Abrir o crear una base de datos de operaciones</translation>
    </message>
    <message>
        <source>Triplewin databases (*.sqlite *.db)</source>
        <translation>Bases de datos de Triplewin (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Prepare deals that are good for you, your customer and their customer.</source>
        <translation>Prepare operaciones que sean buenas para usted, para su cliente y para el cliente de su cliente.</translation>
    </message>
    <message>
        <source>Open or create the deal database at &lt;path&gt; instead of the default (%1).</source>
        <translation>Abrir o crear la base de datos de operaciones en &lt;path&gt; en lugar de la predeterminada (%1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>The deal database (default: %1).</source>
        <translation>La base de datos de operaciones (predeterminada: %1).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Mostrar en JSON.</translation>
    </message>
    <message>
        <source>Only this salesperson.</source>
        <translation>Solo este vendedor.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>unknown command “%1”.</source>
        <translation>comando desconocido “%1”.</translation>
    </message>
    <message>
        <source>--months takes a number from 1 to 120, not “%1”.</source>
        <translation>--months admite un número del 1 al 120, no “%1”.</translation>
    </message>
    <message>
        <source>there is no database at “%1”.</source>
        <translation>no hay ninguna base de datos en “%1”.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”.</source>
        <translation>argumento inesperado “%1”.</translation>
    </message>
    <message>
        <source>habit flags per salesperson, with the deals that show them</source>
        <translation>avisos de hábitos por vendedor, con las operaciones que los muestran</translation>
    </message>
    <message>
        <source>relational quotient per salesperson, overall and per month</source>
        <translation>cociente relacional por vendedor, global y por mes</translation>
    </message>
    <message>
        <source>Usage: triplewin-cli COMMAND [options]

Commands:
</source>
        <translation>Uso: triplewin-cli COMMAND [opciones]

Comandos:
</translation>
    </message>
    <message>
        <source>
`triplewin-cli COMMAND --help` shows a command&apos;s options.
</source>
        <translation>
`triplewin-cli COMMAND --help` muestra las opciones de un comando.
</translation>
    </message>
    <message>
        <source>give exactly one command, before its options.</source>
        <translation>indique exactamente un comando, antes de sus opciones.</translation>
    </message>
    <message>
        <source>Merged “%1” into “%2”:</source>
        <translation>Se ha combinado “%1” en “%2”:</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 changed only here (kept), %5 in the source&apos;s trash (skipped)</source>
        <translation>%1 añadidas, %2 actualizadas, %3 sin cambios, %4 modificadas solo aquí (conservadas), %5 en la papelera del origen (omitidas)</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>No hay conflictos.</translation>
    </message>
    <message>
        <source>%1 conflict(s), left as they are here:</source>
        <translation>%1 conflicto(s), dejados como están aquí:</translation>
    </message>
    <message>
        <source>here: revision %1, changed %2; in the source: revision %3, changed %4</source>
        <translation>aquí: revisión %1, modificada %2; en el origen: revisión %3, modificada %4</translation>
    </message>
    <message>
        <source>The source file is only read. Exit code 0 when the merge was saved, even with conflicts (they are listed); 1 when nothing was merged.</source>
        <translation>El archivo de origen solo se lee. Código de salida 0 si se ha guardado la combinación, aunque haya conflictos (se enumeran); 1 si no se ha combinado nada.</translation>
    </message>
    <message>
        <source>Another member&apos;s Triplewin database file.</source>
        <translation>El archivo de base de datos de Triplewin de otro miembro.</translation>
    </message>
    <message>
        <source>name the file to merge.</source>
        <translation>indique el archivo que desea combinar.</translation>
    </message>
    <message>
        <source>merge another member&apos;s Triplewin file: new deals added, conflicts reported, never overwritten</source>
        <translation>combinar el archivo de Triplewin de otro miembro: se añaden las operaciones nuevas, se informa de los conflictos, nunca se sobrescribe</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>El archivo CSV.</translation>
    </message>
    <message>
        <source>The file&apos;s origin: triplewin, salesforce, hubspot or pipedrive (default: recognised from the header row).</source>
        <translation>El origen del archivo: triplewin, salesforce, hubspot o pipedrive (predeterminado: se reconoce por la fila de encabezado).</translation>
    </message>
    <message>
        <source>Import the good rows and list the bad ones (default: import nothing when any row is bad).</source>
        <translation>Importar las filas correctas y enumerar las erróneas (predeterminado: no importar nada si alguna fila es errónea).</translation>
    </message>
    <message>
        <source>Read dates such as 3/4/2026 as day/month (default: month/day).</source>
        <translation>Leer fechas como 3/4/2026 como día/mes (predeterminado: mes/día).</translation>
    </message>
    <message>
        <source>Currency of amounts without one (default: EUR).</source>
        <translation>Moneda de los importes que no la indican (predeterminada: EUR).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>give exactly one CSV file to import.</source>
        <translation>indique exactamente un archivo CSV para importar.</translation>
    </message>
    <message>
        <source>unknown preset “%1”.</source>
        <translation>configuración predefinida desconocida “%1”.</translation>
    </message>
    <message>
        <source>--currency takes a three-letter code such as EUR or USD, not “%1”.</source>
        <translation>--currency admite un código de tres letras como EUR o USD, no “%1”.</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2.</source>
        <translation>no se puede leer “%1”: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n bad row(s):</source>
        <translation>
            <numerusform>Se ha omitido %n fila errónea:</numerusform>
            <numerusform>Se han omitido %n filas erróneas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported: %n row(s) of “%1” cannot be imported. Fix them, or pass --skip-bad-rows to import the others.</source>
        <translation>
            <numerusform>no se ha importado nada: %n fila de “%1” no se puede importar. Corríjala o use --skip-bad-rows para importar las demás.</numerusform>
            <numerusform>no se ha importado nada: %n filas de “%1” no se pueden importar. Corríjalas o use --skip-bad-rows para importar las demás.</numerusform>
        </translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was imported.</source>
        <translation>se ha cancelado la importación; no se ha importado nada.</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>no se ha importado nada: %1</translation>
    </message>
    <message>
        <source>csv or json (default: csv).</source>
        <translation>csv o json (predeterminado: csv).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>Write to this file instead of stdout.</source>
        <translation>Escribir en este archivo en lugar de en stdout.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>--format takes csv or json, not “%1”.</source>
        <translation>--format admite csv o json, no “%1”.</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2.</source>
        <translation>no se puede escribir “%1”: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n deal(s) to %1.</source>
        <translation>
            <numerusform>Se ha exportado %n operación a %1.</numerusform>
            <numerusform>Se han exportado %n operaciones a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>import deals from a Triplewin, Salesforce, HubSpot or Pipedrive CSV</source>
        <translation>importar operaciones desde un CSV de Triplewin, Salesforce, HubSpot o Pipedrive</translation>
    </message>
    <message>
        <source>export every deal as CSV or JSON</source>
        <translation>exportar todas las operaciones como CSV o JSON</translation>
    </message>
    <message>
        <source>Start in workshop mode (a sandbox: your deal database is not opened) with the scenario pack PACK, or the bundled scenarios.</source>
        <translation>Iniciar en modo taller (un entorno aislado: no se abre su base de datos de operaciones) con el paquete de escenarios PACK, o con los escenarios incluidos.</translation>
    </message>
    <message>
        <source>With --workshop: a scenario pack (.json).</source>
        <translation>Con --workshop: un paquete de escenarios (.json).</translation>
    </message>
    <message>
        <source>Only one scenario pack can be given, and only with --workshop.
</source>
        <translation>Solo se puede indicar un paquete de escenarios, y solo con --workshop.
</translation>
    </message>
    <message>
        <source>Triplewin Workshop</source>
        <translation>Taller de Triplewin</translation>
    </message>
    <message>
        <source>The bundled scenarios are open instead.</source>
        <translation>En su lugar se han abierto los escenarios incluidos.</translation>
    </message>
    <message>
        <source>“%1” uses an older format (schema %2). Open it once in Triplewin to upgrade it (a backup is kept), then run this again.</source>
        <translation>“%1” usa un formato antiguo (esquema %2). Ábralo una vez en Triplewin para actualizarlo (se guarda una copia de seguridad) y vuelva a ejecutar esto.</translation>
    </message>
    <message>
        <source>Report what the import would add, update and leave, and change nothing.</source>
        <translation>Informar de lo que la importación añadiría, actualizaría y dejaría, sin cambiar nada.</translation>
    </message>
    <message>
        <source>Dry run, nothing was changed. From %1, the import would give: %2</source>
        <translation>Simulación, no se ha cambiado nada. Desde %1, la importación daría: %2</translation>
    </message>
    <message>
        <source>Imported from %1: %2</source>
        <translation>Importado desde %1: %2</translation>
    </message>
    <message>
        <source>Not applied (the deal here was kept as it is):</source>
        <translation>No aplicado (la operación de aquí se ha conservado tal como está):</translation>
    </message>
    <message>
        <source>The decimal mark of the file&apos;s amounts, . or , (default: what the file&apos;s amounts show; an amount like 1,234 that nothing settles is a bad row).</source>
        <translation>El separador decimal de los importes del archivo, . o , (predeterminado: el que muestren los importes del archivo; un importe como 1,234 que nada permite resolver es una fila errónea).</translation>
    </message>
    <message>
        <source>mark</source>
        <translation>separador</translation>
    </message>
    <message>
        <source>--decimal takes . or , (the mark before the cents), not “%1”.</source>
        <translation>--decimal admite . o , (el signo antes de los céntimos), no “%1”.</translation>
    </message>
    <message>
        <source>Upgrading “%1” to this version of Triplewin: step %2 of %3</source>
        <translation>Actualizando “%1” a esta versión de Triplewin: paso %2 de %3</translation>
    </message>
    <message>
        <source>“%1” uses an older format (schema %2), and a dry run changes nothing, not even that. Open it once in Triplewin to upgrade it (a backup is kept), then run this again.</source>
        <translation>“%1” usa un formato antiguo (esquema %2), y una simulación no cambia nada, ni siquiera eso. Ábralo una vez en Triplewin para actualizarlo (se guarda una copia de seguridad) y vuelva a ejecutar esto.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <source>The server as a libpq connection string, e.g. &quot;host=db.example.com dbname=sales user=admin sslmode=require&quot; (default: the PG* environment variables). No password in it: it is asked for, or read from ~/.pgpass or PGPASSWORD.</source>
        <translation>El servidor como cadena de conexión de libpq, p. ej., &quot;host=db.example.com dbname=sales user=admin sslmode=require&quot; (predeterminado: las variables de entorno PG*). Sin contraseña: se solicita o se lee de ~/.pgpass o PGPASSWORD.</translation>
    </message>
    <message>
        <source>conninfo</source>
        <translation>conninfo</translation>
    </message>
    <message>
        <source>add-user: salesperson or manager.</source>
        <translation>add-user: salesperson o manager.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>add-user: read the new login&apos;s password from the first line of standard input (default: the login authenticates as the server&apos;s pg_hba.conf says, e.g. by its operating-system user).</source>
        <translation>add-user: leer la contraseña del nuevo usuario de la primera línea de la entrada estándar (predeterminado: el usuario se autentica según indique pg_hba.conf del servidor, p. ej., por su usuario del sistema operativo).</translation>
    </message>
    <message>
        <source>add-user: the login</source>
        <translation>add-user: el usuario</translation>
    </message>
    <message>
        <source>init takes no further arguments.</source>
        <translation>init no admite más argumentos.</translation>
    </message>
    <message>
        <source>The team server is set up (schema %1, roles triplewin_salesperson and triplewin_manager, row-level security on every table).</source>
        <translation>El servidor de equipo está configurado (esquema %1, roles triplewin_salesperson y triplewin_manager, seguridad a nivel de fila en todas las tablas).</translation>
    </message>
    <message>
        <source>add-user needs the login&apos;s name.</source>
        <translation>add-user necesita el nombre del usuario.</translation>
    </message>
    <message>
        <source>give --role salesperson or --role manager.</source>
        <translation>indique --role salesperson o --role manager.</translation>
    </message>
    <message>
        <source>--password-stdin read an empty line.</source>
        <translation>--password-stdin ha leído una línea vacía.</translation>
    </message>
    <message>
        <source>“%1” is a %2 on the team server.</source>
        <translation>“%1” es %2 en el servidor de equipo.</translation>
    </message>
    <message>
        <source>unknown action “%1”.</source>
        <translation>acción desconocida “%1”.</translation>
    </message>
    <message>
        <source>set up a team&apos;s PostgreSQL server: schema, roles, policies, logins</source>
        <translation>configurar el servidor PostgreSQL de un equipo: esquema, roles, políticas, usuarios</translation>
    </message>
    <message>
        <source>Work on a team server instead of a file: a libpq connection string (&quot;host=db.example.com dbname=sales user=dana sslmode=require&quot;); what it leaves out comes from the PG* environment variables, the password from ~/.pgpass, PGPASSWORD or a prompt.</source>
        <translation>Trabajar en un servidor de equipo en lugar de en un archivo: una cadena de conexión de libpq (&quot;host=db.example.com dbname=sales user=dana sslmode=require&quot;); lo que falte se toma de las variables de entorno PG*, y la contraseña de ~/.pgpass, de PGPASSWORD o de una solicitud.</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>connection</translation>
    </message>
    <message>
        <source>give either --db or --server, not both.</source>
        <translation>indique --db o --server, no ambos.</translation>
    </message>
    <message>
        <source>merging into a team server is not supported; merge into a database file (--db).</source>
        <translation>no se admite combinar en un servidor de equipo; combine en un archivo de base de datos (--db).</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Contraseña de %1:</translation>
    </message>
    <message>
        <source>The team server cannot be reached.</source>
        <translation>No se puede acceder al servidor de equipo.</translation>
    </message>
    <message>
        <source>The team server could not be opened.</source>
        <translation>No se ha podido abrir el servidor de equipo.</translation>
    </message>
    <message>
        <source>Your local database is still there to work on.</source>
        <translation>Su base de datos local sigue disponible para trabajar.</translation>
    </message>
    <message>
        <source>Open Local Database</source>
        <translation>Abrir base de datos local</translation>
    </message>
    <message>
        <source>Open the team server &lt;connection&gt; (a libpq connection string such as &quot;host=db.example.com dbname=sales user=dana&quot;; the password from ~/.pgpass, PGPASSWORD or a prompt) instead of the deal database.</source>
        <translation>Abrir el servidor de equipo &lt;connection&gt; (una cadena de conexión de libpq como &quot;host=db.example.com dbname=sales user=dana&quot;; la contraseña de ~/.pgpass, de PGPASSWORD o de una solicitud) en lugar de la base de datos de operaciones.</translation>
    </message>
    <message>
        <source>Sets up a team&apos;s PostgreSQL server.
  init               create the schema, the group roles and the row-level security policies (again: changes nothing)
  add-user NAME      give login NAME a role (--role), creating the login when it does not exist
  push               copy the deals of a personal database (--db) to the server, as your login
  pull               copy your deals on the server into a database file (--db) for offline work</source>
        <translation>Configura el servidor PostgreSQL de un equipo.
  init               crea el esquema, los roles de grupo y las políticas de seguridad a nivel de fila (si se repite, no cambia nada)
  add-user NAME      asigna un rol (--role) al usuario NAME y lo crea si no existe
  push               copia las operaciones de una base de datos personal (--db) al servidor, con su usuario
  pull               copia sus operaciones del servidor en un archivo de base de datos (--db) para trabajar sin conexión</translation>
    </message>
    <message>
        <source>push and pull: the database file (default: %1). Pushing only reads it; pulling creates it when it does not exist.</source>
        <translation>push y pull: el archivo de base de datos (predeterminado: %1). push solo lo lee; pull lo crea si no existe.</translation>
    </message>
    <message>
        <source>init, add-user, push or pull</source>
        <translation>init, add-user, push o pull</translation>
    </message>
    <message>
        <source>%1 takes no further arguments.</source>
        <translation>%1 no admite más argumentos.</translation>
    </message>
    <message>
        <source>What was copied before stays; running the command again copies the rest.</source>
        <translation>Lo que se copió antes se mantiene; al volver a ejecutar el comando se copia el resto.</translation>
    </message>
    <message>
        <source>Pushed %1 to %2: %3 added, %4 updated, %5 unchanged, %6 not moved.</source>
        <translation>Se ha subido %1 a %2: %3 añadidas, %4 actualizadas, %5 sin cambios, %6 no movidas.</translation>
    </message>
    <message>
        <source>Pulled %2 into %1: %3 added, %4 updated, %5 unchanged, %6 not moved.</source>
        <translation>Se ha descargado %2 en %1: %3 añadidas, %4 actualizadas, %5 sin cambios, %6 no movidas.</translation>
    </message>
    <message>
        <source>give an action: init, add-user, push or pull.</source>
        <translation>indique una acción: init, add-user, push o pull.</translation>
    </message>
    <message>
        <source>The deal&apos;s uuid (as exports list it).</source>
        <translation>El uuid de la operación (tal como aparece en las exportaciones).</translation>
    </message>
    <message>
        <source>uuid</source>
        <translation>uuid</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>El archivo PDF que se escribirá.</translation>
    </message>
    <message>
        <source>a4 or letter (default: the locale&apos;s, Letter in the US and Canada).</source>
        <translation>a4 o letter (predeterminado: el de la configuración regional, Letter en EE. UU. y Canadá).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <source>--deal names the deal (its uuid).</source>
        <translation>--deal indica la operación (su uuid).</translation>
    </message>
    <message>
        <source>--output names the PDF file to write.</source>
        <translation>--output indica el archivo PDF que se escribirá.</translation>
    </message>
    <message>
        <source>--page takes a4 or letter, not “%1”.</source>
        <translation>--page admite a4 o letter, no “%1”.</translation>
    </message>
    <message>
        <source>no deal with the uuid “%1” in this database.</source>
        <translation>no hay ninguna operación con el uuid “%1” en esta base de datos.</translation>
    </message>
    <message>
        <source>Wrote the brief of “%1” to %2.</source>
        <translation>Se ha guardado la ficha de preparación de “%1” en %2.</translation>
    </message>
    <message>
        <source>write a deal&apos;s one-page brief as a PDF</source>
        <translation>escribir la ficha de preparación de una página de una operación en PDF</translation>
    </message>
    <message>
        <source>The last &lt;n&gt; months (default 12).</source>
        <translation>Los últimos &lt;n&gt; meses (predeterminado: 12).</translation>
    </message>
    <message>
        <source>why deals ended, by how they ended and by salesperson</source>
        <translation>por qué terminaron las operaciones, según cómo terminaron y por vendedor</translation>
    </message>
</context>
</TS>
