<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Triplewin::Cli</name>
    <message>
        <source>No ended deals yet: nothing to analyse.</source>
        <translation>Aucune affaire terminée pour l&apos;instant&#xa0;: rien à analyser.</translation>
    </message>
    <message>
        <source>%1  %2  %3  per month (oldest first)</source>
        <translation>%1  %2  %3  par mois (du plus ancien au plus récent)</translation>
    </message>
    <message>
        <source>salesperson</source>
        <translation>commercial</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>affaires</translation>
    </message>
    <message numerus="yes">
        <source>no habits flagged (last %n ended deal(s))</source>
        <translation>
            <numerusform>aucune habitude signalée (%n dernière affaire terminée)</numerusform>
            <numerusform>aucune habitude signalée (%n dernières affaires terminées)</numerusform>
        </translation>
    </message>
    <message>
        <source>no deal in this database has ended with “%1” as the salesperson. Salespeople with ended deals: %2.</source>
        <translation>aucune affaire de cette base de données ne s&apos;est terminée avec «&#xa0;%1&#xa0;» comme commercial. Commerciaux ayant des affaires terminées&#xa0;: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>No deal ended since %1.</source>
        <translation>Aucune affaire terminée depuis %1.</translation>
    </message>
    <message numerus="yes">
        <source>Why %n deal(s) ended since %1</source>
        <translation>
            <numerusform>Pourquoi %n affaire s&apos;est terminée depuis %1</numerusform>
            <numerusform>Pourquoi %n affaires se sont terminées depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>By how they ended:</source>
        <translation>Selon leur issue&#xa0;:</translation>
    </message>
    <message>
        <source>By salesperson:</source>
        <translation>Par commercial&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::Amount</name>
    <message>
        <source>That amount is too large: the limit is %1.</source>
        <translation>Ce montant est trop élevé&#xa0;: la limite est de %1.</translation>
    </message>
    <message>
        <source>Enter an amount, not “%1”.</source>
        <translation>Saisissez un montant, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a number. Enter an amount such as %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre. Saisissez un montant tel que %2.</translation>
    </message>
    <message>
        <source>Enter a finite amount, not “%1”.</source>
        <translation>Saisissez un montant fini, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Use at most two decimals (“%1”).</source>
        <translation>Utilisez au plus deux décimales («&#xa0;%1&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::Backups</name>
    <message>
        <source>Cannot create the backup “%1”: %2.</source>
        <translation>Impossible de créer la sauvegarde «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Backing up “%1” failed.</source>
        <translation>La sauvegarde de «&#xa0;%1&#xa0;» a échoué.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder “%1”.</source>
        <translation>Impossible de créer le dossier de sauvegarde «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot create the backup “%1”: it exists already.</source>
        <translation>Impossible de créer la sauvegarde «&#xa0;%1&#xa0;»&#xa0;: elle existe déjà.</translation>
    </message>
    <message>
        <source>The finished copy could not be renamed.</source>
        <translation>La copie terminée n&apos;a pas pu être renommée.</translation>
    </message>
    <message>
        <source>The backup was stopped.</source>
        <translation>La sauvegarde a été interrompue.</translation>
    </message>
    <message numerus="yes">
        <source>The database stayed locked by another program for %n second(s); try again when it is closed.</source>
        <translation>
            <numerusform>La base de données est restée verrouillée par un autre programme pendant %n seconde&#xa0;; réessayez une fois celui-ci fermé.</numerusform>
            <numerusform>La base de données est restée verrouillée par un autre programme pendant %n secondes&#xa0;; réessayez une fois celui-ci fermé.</numerusform>
        </translation>
    </message>
    <message>
        <source>daily backup</source>
        <translation>sauvegarde quotidienne</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>avant une mise à niveau</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::CoachingRepository</name>
    <message>
        <source>Reading the deal history failed</source>
        <translation>La lecture de l&apos;historique des affaires a échoué</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::Concession</name>
    <message>
        <source>concession %1</source>
        <translation>concession %1</translation>
    </message>
    <message>
        <source>not an object with date, by, what, value_cents and traded_for</source>
        <translation>n&apos;est pas un objet avec date, by, what, value_cents et traded_for</translation>
    </message>
    <message>
        <source>the date “%1” is not a date (YYYY-MM-DD)</source>
        <translation>la date «&#xa0;%1&#xa0;» n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>“by” is “%1”, not one of you, customer or customers_customer</source>
        <translation>«&#xa0;by&#xa0;» vaut «&#xa0;%1&#xa0;», et non you, customer ou customers_customer</translation>
    </message>
    <message>
        <source>it does not say what was conceded (“what”)</source>
        <translation>rien n&apos;indique ce qui a été concédé («&#xa0;what&#xa0;»)</translation>
    </message>
    <message>
        <source>“traded_for” is not text</source>
        <translation>«&#xa0;traded_for&#xa0;» n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>“value_cents” is not an object with an amount per party</source>
        <translation>«&#xa0;value_cents&#xa0;» n&apos;est pas un objet avec un montant par partie</translation>
    </message>
    <message>
        <source>the value to %1 is not a whole number of cents within a trillion</source>
        <translation>la valeur pour %1 n&apos;est pas un nombre entier de centimes ne dépassant pas mille milliards</translation>
    </message>
    <message>
        <source>the concessions are not JSON (%1 at character %2)</source>
        <translation>les concessions ne sont pas du JSON valide (%1 au caractère %2)</translation>
    </message>
    <message>
        <source>the concessions are not a JSON array</source>
        <translation>les concessions ne sont pas un tableau JSON</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>%1 (worth %2)</source>
        <translation>%1 (valeur&#xa0;: %2)</translation>
    </message>
    <message>
        <source>You gave: %1</source>
        <translation>Vous avez concédé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your customer gave: %1</source>
        <translation>Votre client a concédé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Their customer gave: %1</source>
        <translation>Le client de votre client a concédé&#xa0;: %1</translation>
    </message>
    <message>
        <source>nothing received in return yet</source>
        <translation>aucune contrepartie reçue pour l&apos;instant</translation>
    </message>
    <message>
        <source>traded for: %1</source>
        <translation>en échange de&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1&#xa0;; %2</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::ConcessionsModel</name>
    <message>
        <source>You gave</source>
        <translation>Vous avez concédé</translation>
    </message>
    <message>
        <source>Your customer gave</source>
        <translation>Votre client a concédé</translation>
    </message>
    <message>
        <source>Their customer gave</source>
        <translation>Le client de votre client a concédé</translation>
    </message>
    <message>
        <source>Nothing yet (unreciprocated)</source>
        <translation>Rien pour l&apos;instant (sans contrepartie)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Traded for</source>
        <translation>En retour</translation>
    </message>
    <message>
        <source>What the concession is worth to %1, in %2 (a cost is negative)</source>
        <translation>Valeur de la concession pour %1, en %2 (un coût est négatif)</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Concédé par</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::CsvReader</name>
    <message>
        <source>Line %1: a quoted field is never closed (a &quot; is missing), so the rest of the file cannot be read.</source>
        <translation>Ligne %1&#xa0;: un champ entre guillemets n&apos;est jamais fermé (il manque un &quot;), le reste du fichier ne peut donc pas être lu.</translation>
    </message>
    <message>
        <source>Line %1 is not UTF-8 text (byte %2 of the file). Save the file from the spreadsheet or CRM as “CSV UTF-8” and try again.</source>
        <translation>La ligne %1 n&apos;est pas du texte UTF-8 (octet %2 du fichier). Enregistrez le fichier depuis le tableur ou le CRM au format «&#xa0;CSV UTF-8&#xa0;» et réessayez.</translation>
    </message>
    <message>
        <source>Line %1 or the lines after it are not valid UTF-16 text. Save the file from the spreadsheet or CRM as “CSV UTF-8” and try again.</source>
        <translation>La ligne %1 ou les lignes suivantes ne sont pas du texte UTF-16 valide. Enregistrez le fichier depuis le tableur ou le CRM au format «&#xa0;CSV UTF-8&#xa0;» et réessayez.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::Database</name>
    <message>
        <source>Reading the database failed</source>
        <translation>La lecture de la base de données a échoué</translation>
    </message>
    <message>
        <source>Reading the database version failed</source>
        <translation>La lecture de la version de la base de données a échoué</translation>
    </message>
    <message>
        <source>Starting to save failed</source>
        <translation>Impossible de commencer l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>L&apos;enregistrement a échoué</translation>
    </message>
    <message>
        <source>Triplewin cannot read “%1”: %2.</source>
        <translation>Triplewin ne peut pas lire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a Triplewin database (it is not an SQLite file). Choose another file; this one was left as it is.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une base de données Triplewin (ce n&apos;est pas un fichier SQLite). Choisissez un autre fichier&#xa0;; celui-ci a été laissé tel quel.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>“%1” is read-only, so Triplewin cannot save deals in it. Make the file writable or choose another one.</source>
        <translation>«&#xa0;%1&#xa0;» est en lecture seule&#xa0;: Triplewin ne peut donc pas y enregistrer d&apos;affaires. Rendez le fichier accessible en écriture ou choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Triplewin cannot create the folder “%1”.</source>
        <translation>Triplewin ne peut pas créer le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Triplewin cannot create “%1”: %2.</source>
        <translation>Triplewin ne peut pas créer «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: the database file cannot be written.</source>
        <translation>%1&#xa0;: impossible d&apos;écrire dans le fichier de base de données.</translation>
    </message>
    <message>
        <source>%1: the database file is damaged.</source>
        <translation>%1&#xa0;: le fichier de base de données est endommagé.</translation>
    </message>
    <message>
        <source>%1: the file is not an SQLite database.</source>
        <translation>%1&#xa0;: le fichier n&apos;est pas une base de données SQLite.</translation>
    </message>
    <message>
        <source>%1: the database reported an error.</source>
        <translation>%1&#xa0;: la base de données a signalé une erreur.</translation>
    </message>
    <message>
        <source>Cannot open “%1”. %2</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;». %2</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Triplewin (schema %2; this version knows up to %3). It was left untouched: update Triplewin to open it.</source>
        <translation>«&#xa0;%1&#xa0;» a été écrit par une version plus récente de Triplewin (schéma %2&#xa0;; cette version connaît jusqu&apos;au schéma %3). Le fichier n&apos;a pas été modifié&#xa0;: mettez Triplewin à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Cannot open “%1”.</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is cut short (%2 bytes where its header promises more), for example by an interrupted copy or a full disk. It was left as it is; restore it from a backup.</source>
        <translation>«&#xa0;%1&#xa0;» est tronqué (%2 octets alors que son en-tête en annonce davantage), par exemple à la suite d&apos;une copie interrompue ou d&apos;un disque plein. Le fichier a été laissé tel quel&#xa0;; restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Triplewin database. It was left as it is; choose another file.</source>
        <translation>«&#xa0;%1&#xa0;» est une base de données SQLite d&apos;un autre programme, pas une base de données Triplewin. Le fichier a été laissé tel quel&#xa0;; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>%1: another program or Triplewin window is using the database and kept it locked. Close it or wait for it to finish, then try again.</source>
        <translation>%1&#xa0;: un autre programme ou une autre fenêtre de Triplewin utilise la base de données et la maintient verrouillée. Fermez-le ou attendez qu&apos;il ait terminé, puis réessayez.</translation>
    </message>
    <message>
        <source>%1: the disk is full. Free some space, then try again; nothing already saved was changed.</source>
        <translation>%1&#xa0;: le disque est plein. Libérez de l&apos;espace, puis réessayez&#xa0;; rien de ce qui était déjà enregistré n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The database was not upgraded and is unchanged.</source>
        <translation>La base de données n&apos;a pas été mise à niveau et reste inchangée.</translation>
    </message>
    <message>
        <source>No database file is open.</source>
        <translation>Aucun fichier de base de données n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Restoring “%1” failed; the deals are as they were.</source>
        <translation>La restauration de «&#xa0;%1&#xa0;» a échoué&#xa0;; les affaires sont restées telles qu&apos;elles étaient.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Triplewin.</source>
        <translation>«&#xa0;%1&#xa0;» a été écrit par une version plus récente de Triplewin.</translation>
    </message>
    <message>
        <source>“%1” is empty, but “%2” beside it holds %3 bytes of changes that belong to a database. Triplewin left both files as they are: restore the database from a backup, or move both away.</source>
        <translation>«&#xa0;%1&#xa0;» est vide, mais «&#xa0;%2&#xa0;», à côté, contient %3 octets de modifications appartenant à une base de données. Triplewin a laissé les deux fichiers tels quels&#xa0;: restaurez la base de données à partir d&apos;une sauvegarde, ou déplacez les deux fichiers ailleurs.</translation>
    </message>
    <message>
        <source>%1: cancelled; nothing was changed.</source>
        <translation>%1&#xa0;: annulé&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This build of Triplewin cannot restore a backup: its Qt uses another SQLite than Triplewin. Close Triplewin and copy “%1” over “%2” instead.</source>
        <translation>Cette version de Triplewin ne peut pas restaurer de sauvegarde&#xa0;: son Qt utilise un autre SQLite que Triplewin. Fermez Triplewin et copiez plutôt «&#xa0;%1&#xa0;» à la place de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1: the connection to the team server was lost. Nothing of this was saved on the server.</source>
        <translation>%1&#xa0;: la connexion au serveur d&apos;équipe a été perdue. Rien de tout cela n&apos;a été enregistré sur le serveur.</translation>
    </message>
    <message>
        <source>%1: someone else was changing the same rows on the team server at the same moment. Nothing was changed; try again.</source>
        <translation>%1&#xa0;: quelqu&apos;un d&apos;autre modifiait les mêmes lignes sur le serveur d&apos;équipe au même moment. Rien n&apos;a été modifié&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>%1: the team server does not allow your login to do this (a deal is changed only by the salesperson it belongs to). Nothing was changed.</source>
        <translation>%1&#xa0;: le serveur d&apos;équipe n&apos;autorise pas votre identifiant à faire cela (une affaire ne peut être modifiée que par le commercial à qui elle appartient). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1: the team server reported an error.</source>
        <translation>%1&#xa0;: le serveur d&apos;équipe a signalé une erreur.</translation>
    </message>
    <message>
        <source>%1: the team server&apos;s disk is full. Nothing was changed; tell whoever runs the server.</source>
        <translation>%1&#xa0;: le disque du serveur d&apos;équipe est plein. Rien n&apos;a été modifié&#xa0;; prévenez la personne qui gère le serveur.</translation>
    </message>
    <message>
        <source>The team server %1 has no Triplewin tables yet. Whoever runs it sets them up once with “triplewin-cli server init”.</source>
        <translation>Le serveur d&apos;équipe %1 n&apos;a pas encore de tables Triplewin. La personne qui le gère les crée une fois pour toutes avec «&#xa0;triplewin-cli server init&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot use the team server.</source>
        <translation>Impossible d&apos;utiliser le serveur d&apos;équipe.</translation>
    </message>
    <message>
        <source>No team server was open.</source>
        <translation>Aucun serveur d&apos;équipe n&apos;était ouvert.</translation>
    </message>
    <message>
        <source>The team server %1 was set up by an older version of Triplewin (server schema %2; this version needs %3). Nothing was changed: whoever runs it upgrades it in place with “triplewin-cli server init”, which keeps every deal.</source>
        <translation>Le serveur d&apos;équipe %1 a été configuré par une version plus ancienne de Triplewin (schéma serveur %2&#xa0;; cette version requiert le schéma %3). Rien n&apos;a été modifié&#xa0;: la personne qui le gère le met à niveau sur place avec «&#xa0;triplewin-cli server init&#xa0;», qui conserve toutes les affaires.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::Deal</name>
    <message>
        <source>Preparing</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>En négociation</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Conclue</translation>
    </message>
    <message>
        <source>Walked away</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Give the deal a title before saving it.</source>
        <translation>Donnez un titre à l&apos;affaire avant de l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as EUR or USD, not “%1”.</source>
        <translation>La devise doit être un code de trois lettres comme EUR ou USD, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Option %1 needs a name.</source>
        <translation>L&apos;option %1 doit avoir un nom.</translation>
    </message>
    <message>
        <source>The title holds a NUL character (a zero byte), which is not text.</source>
        <translation>Le titre contient un caractère NUL (un octet nul), qui n&apos;est pas du texte.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::DealExporter</name>
    <message>
        <source>Writing the export failed: %1</source>
        <translation>L&apos;écriture de l&apos;export a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;export a été annulé.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::DealImporter</name>
    <message>
        <source>%1 “%2” is not a date (write it like 2026-03-31, 3/31/2026 or 31.3.2026).</source>
        <translation>%1 «&#xa0;%2&#xa0;» n&apos;est pas une date (écrivez-la par exemple 2026-03-31, 3/31/2026 ou 31.3.2026).</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date or time.</source>
        <translation>%1 «&#xa0;%2&#xa0;» n&apos;est ni une date ni une heure.</translation>
    </message>
    <message>
        <source>The deal has no title (the column “%1” is empty).</source>
        <translation>L&apos;affaire n&apos;a pas de titre (la colonne «&#xa0;%1&#xa0;» est vide).</translation>
    </message>
    <message>
        <source>The currency “%1” is not a three-letter code such as EUR or USD.</source>
        <translation>La devise «&#xa0;%1&#xa0;» n&apos;est pas un code de trois lettres comme EUR ou USD.</translation>
    </message>
    <message>
        <source>The close date</source>
        <translation>La date de clôture</translation>
    </message>
    <message>
        <source>The creation date</source>
        <translation>La date de création</translation>
    </message>
    <message>
        <source>The closing date</source>
        <translation>La date de conclusion</translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation>Importée depuis %1.</translation>
    </message>
    <message>
        <source>CRM amount: %1</source>
        <translation>Montant CRM&#xa0;: %1</translation>
    </message>
    <message>
        <source>CRM stage: %1</source>
        <translation>Étape CRM&#xa0;: %1</translation>
    </message>
    <message>
        <source>CRM status: %1</source>
        <translation>Statut CRM&#xa0;: %1</translation>
    </message>
    <message>
        <source>CRM result: won</source>
        <translation>Résultat CRM&#xa0;: gagnée</translation>
    </message>
    <message>
        <source>CRM result: lost</source>
        <translation>Résultat CRM&#xa0;: perdue</translation>
    </message>
    <message>
        <source>Lost reason: %1</source>
        <translation>Motif de la perte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Probability: %1</source>
        <translation>Probabilité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pipeline: %1</source>
        <translation>Pipeline&#xa0;: %1</translation>
    </message>
    <message>
        <source>CRM record ID: %1</source>
        <translation>ID d&apos;enregistrement CRM&#xa0;: %1</translation>
    </message>
    <message>
        <source>The CRM gave no close date; the import date was used.</source>
        <translation>Le CRM n&apos;a fourni aucune date de clôture&#xa0;; la date d&apos;import a été utilisée.</translation>
    </message>
    <message>
        <source>The expected close date</source>
        <translation>La date de clôture prévue</translation>
    </message>
    <message>
        <source>The creation time</source>
        <translation>L&apos;heure de création</translation>
    </message>
    <message>
        <source>The status “%1” is not one of preparing, negotiating, closed or walked_away.</source>
        <translation>Le statut «&#xa0;%1&#xa0;» ne fait pas partie de preparing, negotiating, closed ou walked_away.</translation>
    </message>
    <message>
        <source>The outcome “%1” is not one Triplewin knows.</source>
        <translation>L&apos;issue «&#xa0;%1&#xa0;» n&apos;est pas connue de Triplewin.</translation>
    </message>
    <message>
        <source>The result “%1” is not one of win, even, lose or unknown.</source>
        <translation>Le résultat «&#xa0;%1&#xa0;» ne fait pas partie de win, even, lose ou unknown.</translation>
    </message>
    <message>
        <source>The value for “%1”</source>
        <translation>La valeur pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The reference point for “%1”</source>
        <translation>Le point de référence pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The row has values but no option name.</source>
        <translation>La ligne contient des valeurs mais pas de nom d&apos;option.</translation>
    </message>
    <message>
        <source>The row has %1 fields but the header only %2: is a delimiter inside a field that is not in quotes?</source>
        <translation>La ligne compte %1 champs, mais l&apos;en-tête seulement %2&#xa0;: un séparateur se trouve-t-il dans un champ qui n&apos;est pas entre guillemets&#xa0;?</translation>
    </message>
    <message>
        <source>This row belongs to the deal “%1” of line %2 but its deal columns (everything before the option) differ from that row&apos;s.</source>
        <translation>Cette ligne appartient à l&apos;affaire «&#xa0;%1&#xa0;» de la ligne %2, mais ses colonnes d&apos;affaire (tout ce qui précède l&apos;option) diffèrent de celles de cette ligne.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file has no title column for %1. Its columns are: %2.</source>
        <translation>Le fichier n&apos;a pas de colonne de titre pour %1. Ses colonnes sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The columns of this file are not those of a Triplewin, Salesforce, HubSpot or Pipedrive export, so Triplewin cannot tell which column holds what. Its columns are: %1.</source>
        <translation>Les colonnes de ce fichier ne sont pas celles d&apos;un export Triplewin, Salesforce, HubSpot ou Pipedrive&#xa0;: Triplewin ne peut donc pas savoir quelle colonne contient quoi. Ses colonnes sont&#xa0;: %1.</translation>
    </message>
    <message>
        <source>a CSV file</source>
        <translation>un fichier CSV</translation>
    </message>
    <message>
        <source>The row has %1 fields but the header %2: a line break or a delimiter missing, or the row was cut off?</source>
        <translation>La ligne compte %1 champs, mais l&apos;en-tête %2&#xa0;: manque-t-il un saut de ligne ou un séparateur, ou la ligne a-t-elle été tronquée&#xa0;?</translation>
    </message>
    <message>
        <source>%1 is also on line %2: one record, two rows.</source>
        <translation>%1 figure aussi à la ligne %2&#xa0;: un seul enregistrement, deux lignes.</translation>
    </message>
    <message>
        <source>The record ID “%1”</source>
        <translation>L&apos;ID d&apos;enregistrement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The same deal (owner, title and creation date) without a record ID</source>
        <translation>La même affaire (propriétaire, titre et date de création) sans ID d&apos;enregistrement</translation>
    </message>
    <message>
        <source>The time of the last change</source>
        <translation>L&apos;heure de la dernière modification</translation>
    </message>
    <message>
        <source>The outcome “%1” contradicts the results (you: %2, customer: %3, their customer: %4), which make it “%5”.</source>
        <translation>L&apos;issue «&#xa0;%1&#xa0;» contredit les résultats (vous&#xa0;: %2, client&#xa0;: %3, le client de votre client&#xa0;: %4), qui en font «&#xa0;%5&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n new deal(s)</source>
        <translation>
            <numerusform>%n nouvelle affaire</numerusform>
            <numerusform>%n nouvelles affaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangée</numerusform>
            <numerusform>%n inchangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with changes not applied</source>
        <translation>
            <numerusform>%n avec des modifications non appliquées</numerusform>
            <numerusform>%n avec des modifications non appliquées</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 “%2” is ambiguous: it is a thousand times more where the separator groups thousands than where it is the decimal mark, and no other amount in the file says which. Give the decimal mark (Decimal mark in the import dialog, --decimal with the command line), or write the cents (1,234.00).</source>
        <translation>%1 «&#xa0;%2&#xa0;» est ambigu&#xa0;: il vaut mille fois plus si le séparateur regroupe les milliers que s&apos;il marque les décimales, et aucun autre montant du fichier ne permet de trancher. Indiquez le séparateur décimal (Séparateur décimal dans la boîte de dialogue d&apos;import, --decimal en ligne de commande), ou écrivez les centimes (1,234.00).</translation>
    </message>
    <message>
        <source>%1 “%2” is not an amount (write it like 1234.50, $1,234.50 or 1.234,50 €; groups of three digits; at most two decimals).</source>
        <translation>%1 «&#xa0;%2&#xa0;» n&apos;est pas un montant (écrivez-le par exemple 1234.50, $1,234.50 ou 1.234,50 €&#xa0;; groupes de trois chiffres&#xa0;; au plus deux décimales).</translation>
    </message>
    <message>
        <source>The amount</source>
        <translation>Le montant</translation>
    </message>
    <message>
        <source>The column “%1” holds a NUL character (a zero byte), which is not text: the file is damaged or not a text file.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» contient un caractère NUL (un octet nul), qui n&apos;est pas du texte&#xa0;: le fichier est endommagé ou n&apos;est pas un fichier texte.</translation>
    </message>
    <message>
        <source>The time the deal ended</source>
        <translation>L&apos;heure de fin de l&apos;affaire</translation>
    </message>
    <message>
        <source>The status “%1” contradicts the ending (“%2” at %3): it should be “%4”.</source>
        <translation>Le statut «&#xa0;%1&#xa0;» contredit la fin («&#xa0;%2&#xa0;» le %3)&#xa0;: il devrait être «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>The deal is marked %1 but has no time it ended.</source>
        <translation>L&apos;affaire est marquée comme %1 mais n&apos;a pas d&apos;heure de fin.</translation>
    </message>
    <message>
        <source>The confidence “%1” in %2 is not one of low, medium or high.</source>
        <translation>La confiance «&#xa0;%1&#xa0;» dans %2 ne fait pas partie de low, medium ou high.</translation>
    </message>
    <message>
        <source>The concessions column: %1.</source>
        <translation>La colonne des concessions&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::DealListModel</name>
    <message>
        <source>%1 (salesperson: %2)</source>
        <translation>%1 (commercial&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::DealRepository</name>
    <message>
        <source>The database holds a value Triplewin cannot read: %1.</source>
        <translation>La base de données contient une valeur que Triplewin ne peut pas lire&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Loading the deal failed</source>
        <translation>Le chargement de l&apos;affaire a échoué</translation>
    </message>
    <message>
        <source>Saving the deal failed</source>
        <translation>L&apos;enregistrement de l&apos;affaire a échoué</translation>
    </message>
    <message>
        <source>An amount in option “%1” is too large.</source>
        <translation>Un montant de l&apos;option «&#xa0;%1&#xa0;» est trop élevé.</translation>
    </message>
    <message>
        <source>That deal is no longer in the database.</source>
        <translation>Cette affaire ne figure plus dans la base de données.</translation>
    </message>
    <message>
        <source>status “%1” of deal “%2”</source>
        <translation>statut «&#xa0;%1&#xa0;» de l&apos;affaire «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>party “%1” in option “%2”</source>
        <translation>partie «&#xa0;%1&#xa0;» dans l&apos;option «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>an amount out of range in option “%1”</source>
        <translation>un montant hors limites dans l&apos;option «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Listing the deals failed</source>
        <translation>L&apos;affichage de la liste des affaires a échoué</translation>
    </message>
    <message>
        <source>Counting the deals failed</source>
        <translation>Le comptage des affaires a échoué</translation>
    </message>
    <message>
        <source>Moving the deal failed</source>
        <translation>Le déplacement de l&apos;affaire a échoué</translation>
    </message>
    <message>
        <source>That deal is not in the trash.</source>
        <translation>Cette affaire n&apos;est pas dans la corbeille.</translation>
    </message>
    <message>
        <source>That deal is no longer in the list.</source>
        <translation>Cette affaire ne figure plus dans la liste.</translation>
    </message>
    <message>
        <source>Emptying the trash failed</source>
        <translation>Le vidage de la corbeille a échoué</translation>
    </message>
    <message>
        <source>walked away transparently</source>
        <translation>retrait en toute transparence</translation>
    </message>
    <message>
        <source>agreed “%1”: %2</source>
        <translation>accord sur «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is already saved; only new deals can be added.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà enregistrée&#xa0;; seules de nouvelles affaires peuvent être ajoutées.</translation>
    </message>
    <message>
        <source>“%1” is already closed. Reopen it first.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà conclue. Rouvrez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>The agreed option is not part of “%1” (save the deal first).</source>
        <translation>L&apos;option retenue ne fait pas partie de «&#xa0;%1&#xa0;» (enregistrez d&apos;abord l&apos;affaire).</translation>
    </message>
    <message>
        <source>“%1” has already ended. Reopen it first.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà terminée. Rouvrez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>outcome “%1” of deal “%2”</source>
        <translation>issue «&#xa0;%1&#xa0;» de l&apos;affaire «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Adding the deals was stopped; nothing was saved.</source>
        <translation>L&apos;ajout des affaires a été interrompu&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>“%1” is already in this database (same deal id %2): the file was imported before. To bring a colleague&apos;s deals together, merge their database instead.</source>
        <translation>«&#xa0;%1&#xa0;» figure déjà dans cette base de données (même identifiant d&apos;affaire %2)&#xa0;: le fichier a déjà été importé. Pour regrouper les affaires d&apos;un collègue, fusionnez plutôt sa base de données.</translation>
    </message>
    <message>
        <source>“%1” is no longer in the database: it was deleted or moved to the trash elsewhere. Your edits were not saved.</source>
        <translation>«&#xa0;%1&#xa0;» ne figure plus dans la base de données&#xa0;: elle a été supprimée ou placée dans la corbeille ailleurs. Vos modifications n&apos;ont pas été enregistrées.</translation>
    </message>
    <message>
        <source>“%1” was changed elsewhere after you opened it (in another window or program), so saving would overwrite those changes. Your edits were not saved.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifiée ailleurs après son ouverture (dans une autre fenêtre ou un autre programme)&#xa0;: l&apos;enregistrer écraserait ces modifications. Vos modifications n&apos;ont pas été enregistrées.</translation>
    </message>
    <message>
        <source>Your name is not set, so this cannot be recorded. Enter it under Settings ▸ Your Name.</source>
        <translation>Votre nom n&apos;est pas défini, cela ne peut donc pas être enregistré. Saisissez-le dans Paramètres ▸ Votre nom.</translation>
    </message>
    <message>
        <source>Importing the deals failed</source>
        <translation>L&apos;import des affaires a échoué</translation>
    </message>
    <message>
        <source>won</source>
        <translation>gagnée</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>perdue</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturée</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>The deal is in the trash here, so the CRM&apos;s changes were not applied. Restore it and import again.</source>
        <translation>L&apos;affaire est ici dans la corbeille&#xa0;: les modifications du CRM n&apos;ont donc pas été appliquées. Restaurez-la et importez à nouveau.</translation>
    </message>
    <message>
        <source>The CRM&apos;s notes changed, but the notes it wrote before were edited here, so they were kept as they are. The CRM now says: %1</source>
        <translation>Les notes du CRM ont changé, mais celles qu&apos;il avait écrites auparavant ont été modifiées ici&#xa0;: elles ont donc été conservées telles quelles. Le CRM indique désormais&#xa0;: %1</translation>
    </message>
    <message>
        <source>The CRM now says “%1” (it said “%2”). The deal has ended here (%3) and keeps that ending.</source>
        <translation>Le CRM indique désormais «&#xa0;%1&#xa0;» (il indiquait «&#xa0;%2&#xa0;»). L&apos;affaire s&apos;est terminée ici (%3) et conserve cette fin.</translation>
    </message>
    <message>
        <source>The CRM now says “%1” (it said “%2”). Triplewin keeps the deal open: close it or walk away here if that is what happened.</source>
        <translation>Le CRM indique désormais «&#xa0;%1&#xa0;» (il indiquait «&#xa0;%2&#xa0;»). Triplewin garde l&apos;affaire ouverte&#xa0;: concluez-la ou retirez-vous ici si c&apos;est bien ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>The deal is in the trash here, so the file&apos;s version was not applied. Restore it and import again.</source>
        <translation>L&apos;affaire est ici dans la corbeille&#xa0;: la version du fichier n&apos;a donc pas été appliquée. Restaurez-la et importez à nouveau.</translation>
    </message>
    <message>
        <source>The file&apos;s version differs from the deal saved here, which has ended (or ends in the file): an ending changes only by closing, walking away or reopening. The saved deal was kept.</source>
        <translation>La version du fichier diffère de l&apos;affaire enregistrée ici, qui est terminée (ou se termine dans le fichier)&#xa0;: une fin ne change qu&apos;en concluant, en se retirant ou en rouvrant l&apos;affaire. L&apos;affaire enregistrée a été conservée.</translation>
    </message>
    <message>
        <source>The deal was changed here after this file was exported, and the file&apos;s version differs too. The saved deal was kept; open both and copy what you need.</source>
        <translation>L&apos;affaire a été modifiée ici après l&apos;export de ce fichier, et la version du fichier diffère aussi. L&apos;affaire enregistrée a été conservée&#xa0;; ouvrez les deux et copiez ce dont vous avez besoin.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>That deal is in the trash or no longer in the database.</source>
        <translation>Cette affaire est dans la corbeille ou ne figure plus dans la base de données.</translation>
    </message>
    <message>
        <source>Reading the deals failed</source>
        <translation>La lecture des affaires a échoué</translation>
    </message>
    <message>
        <source>That deal has not ended, so it cannot be reopened.</source>
        <translation>Cette affaire n&apos;est pas terminée&#xa0;: elle ne peut donc pas être rouverte.</translation>
    </message>
    <message>
        <source>A deal of the file is already in this database, where you cannot see it (another login&apos;s deal with the same deal id).</source>
        <translation>Une affaire du fichier figure déjà dans cette base de données, où vous ne pouvez pas la voir (affaire d&apos;un autre compte avec le même identifiant d&apos;affaire).</translation>
    </message>
    <message>
        <source>%1; closed anyway because: %2</source>
        <translation>%1&#xa0;; conclue malgré tout, car&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1; reason: %2</source>
        <translation>%1&#xa0;; motif&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>confidence “%1” of deal “%2”</source>
        <translation>confiance «&#xa0;%1&#xa0;» de l&apos;affaire «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 of deal “%2”</source>
        <translation>%1 de l&apos;affaire «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::DraftRepository</name>
    <message>
        <source>Keeping a copy of your unsaved changes</source>
        <translation>Conservation d&apos;une copie de vos modifications non enregistrées</translation>
    </message>
    <message>
        <source>The autosaved copy of your unsaved changes cannot be read.</source>
        <translation>La copie enregistrée automatiquement de vos modifications non enregistrées est illisible.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::EndingReason</name>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Concurrent</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Pas de décision</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Why it ended: %1.</source>
        <translation>Motif de fin&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Why it ended: %1</source>
        <translation>Motif de fin&#xa0;: %1</translation>
    </message>
    <message>
        <source>Why it ended: %1 — %2</source>
        <translation>Motif de fin&#xa0;: %1 — %2</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::EndingReasons</name>
    <message>
        <source>No reason given</source>
        <translation>Aucun motif indiqué</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::Habits</name>
    <message>
        <source>Concession habit (lose/win)</source>
        <translation>Habitude de concession (perdant/gagnant)</translation>
    </message>
    <message>
        <source>Hard-bargain habit (win/lose)</source>
        <translation>Habitude de négociation dure (gagnant/perdant)</translation>
    </message>
    <message>
        <source>Chain blind spot</source>
        <translation>Angle mort de la chaîne</translation>
    </message>
    <message>
        <source>Never walks away</source>
        <translation>Ne se retire jamais</translation>
    </message>
    <message>
        <source>%1 came off worse last time: “%2”, closed %3 by %4, was %5. Look for an option that is good for them this time.</source>
        <translation>%1 y a perdu la dernière fois&#xa0;: «&#xa0;%2&#xa0;», conclue le %3 par %4, était %5. Cherchez cette fois une option qui lui soit favorable.</translation>
    </message>
    <message>
        <source>%1 came off worse last time: “%2”, closed %3, was %4. Look for an option that is good for them this time.</source>
        <translation>%1 y a perdu la dernière fois&#xa0;: «&#xa0;%2&#xa0;», conclue le %3, était %4. Cherchez cette fois une option qui lui soit favorable.</translation>
    </message>
    <message>
        <source>You gave in to close: the customer came out ahead and you fell below your walk-away point. A concession to close becomes a habit, and it costs respect on both sides.</source>
        <translation>Vous avez cédé pour conclure&#xa0;: le client y a gagné et vous avez fini sous votre seuil de rupture. Une concession pour conclure devient une habitude, et elle coûte le respect des deux côtés.</translation>
    </message>
    <message>
        <source>%1 gave in to close: the customer came out ahead and %1 fell below their own walk-away point. A concession to close becomes a habit, and it costs respect on both sides.</source>
        <translation>%1 a cédé pour conclure&#xa0;: le client y a gagné et %1 a fini sous son propre seuil de rupture. Une concession pour conclure devient une habitude, et elle coûte le respect des deux côtés.</translation>
    </message>
    <message>
        <source>You came out ahead while the customer fell below their best alternative. Win/lose works once: a customer who came off worse will not consider you next time.</source>
        <translation>Vous y avez gagné alors que le client a fini sous sa meilleure alternative. Le gagnant/perdant ne marche qu&apos;une fois&#xa0;: un client qui y a perdu ne pensera plus à vous la prochaine fois.</translation>
    </message>
    <message>
        <source>%1 came out ahead while the customer fell below their best alternative. Win/lose works once: a customer who came off worse will not consider %1 next time.</source>
        <translation>%1 y a gagné alors que le client a fini sous sa meilleure alternative. Le gagnant/perdant ne marche qu&apos;une fois&#xa0;: un client qui y a perdu ne pensera plus à %1 la prochaine fois.</translation>
    </message>
    <message>
        <source>Their customer&apos;s value was not assessed, or was a loss. The best deals deliver value up the chain, to your customer&apos;s own customer.</source>
        <translation>La valeur pour le client de votre client n&apos;a pas été évaluée, ou était une perte. Les meilleures affaires créent de la valeur tout au long de la chaîne, jusqu&apos;au propre client de votre client.</translation>
    </message>
    <message>
        <source>In %1&apos;s deals the customer&apos;s customer was not assessed, or lost. The best deals deliver value up the chain, to the customer&apos;s own customer.</source>
        <translation>Dans les affaires de %1, le client du client n&apos;a pas été évalué, ou y a perdu. Les meilleures affaires créent de la valeur tout au long de la chaîne, jusqu&apos;au propre client du client.</translation>
    </message>
    <message>
        <source>You kept closing deals you lost and did not walk away from any. When no win/win can be found, saying so openly and walking away builds more trust than a bad deal.</source>
        <translation>Vous avez continué à conclure des affaires où vous perdiez, sans jamais vous retirer. Quand aucun gagnant/gagnant n&apos;est possible, le dire ouvertement et se retirer inspire plus confiance qu&apos;une mauvaise affaire.</translation>
    </message>
    <message>
        <source>%1 kept closing deals they lost and did not walk away from any. When no win/win can be found, saying so openly and walking away builds more trust than a bad deal.</source>
        <translation>%1 a continué à conclure des affaires perdantes, sans jamais se retirer. Quand aucun gagnant/gagnant n&apos;est possible, le dire ouvertement et se retirer inspire plus confiance qu&apos;une mauvaise affaire.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of your last %n closed deal(s)</source>
        <translation>
            <numerusform>%1 sur votre %n dernière affaire conclue</numerusform>
            <numerusform>%1 sur vos %n dernières affaires conclues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of your last %n ended deal(s)</source>
        <translation>
            <numerusform>%1 sur votre %n dernière affaire terminée</numerusform>
            <numerusform>%1 sur vos %n dernières affaires terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2&apos;s last %n closed deal(s)</source>
        <translation>
            <numerusform>%1 sur la %n dernière affaire conclue de %2</numerusform>
            <numerusform>%1 sur les %n dernières affaires conclues de %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2&apos;s last %n ended deal(s)</source>
        <translation>
            <numerusform>%1 sur la %n dernière affaire terminée de %2</numerusform>
            <numerusform>%1 sur les %n dernières affaires terminées de %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Gives without getting</source>
        <translation>Donne sans recevoir</translation>
    </message>
    <message numerus="yes">
        <source>You gave %n concession(s) with nothing received in return. Trade each one (“if you …, then we …”): a concession given for nothing teaches the other side that asking is enough.</source>
        <translation>
            <numerusform>Vous avez fait %n concession sans rien recevoir en retour. Échangez chaque concession contre une contrepartie («&#xa0;si vous …, alors nous …&#xa0;»)&#xa0;: une concession accordée pour rien apprend à l&apos;autre partie qu&apos;il suffit de demander.</numerusform>
            <numerusform>Vous avez fait %n concessions sans rien recevoir en retour. Échangez chaque concession contre une contrepartie («&#xa0;si vous …, alors nous …&#xa0;»)&#xa0;: une concession accordée pour rien apprend à l&apos;autre partie qu&apos;il suffit de demander.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 gave %n concession(s) with nothing received in return. A concession traded for something (“if …, then …”) keeps the other side from learning that asking is enough.</source>
        <translation>
            <numerusform>%1 a fait %n concession sans rien recevoir en retour. Une concession échangée contre une contrepartie («&#xa0;si …, alors …&#xa0;») évite que l&apos;autre partie apprenne qu&apos;il suffit de demander.</numerusform>
            <numerusform>%1 a fait %n concessions sans rien recevoir en retour. Une concession échangée contre une contrepartie («&#xa0;si …, alors …&#xa0;») évite que l&apos;autre partie apprenne qu&apos;il suffit de demander.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::InputFile</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (a device, a pipe or a socket), so it is not read: it might never end.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier ordinaire (périphérique, tube ou socket)&#xa0;: il n&apos;est donc pas lu, car sa lecture pourrait ne jamais se terminer.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::NoteRepository</name>
    <message>
        <source>Write the note first.</source>
        <translation>Rédigez d&apos;abord la note.</translation>
    </message>
    <message>
        <source>Saving the note failed</source>
        <translation>L&apos;enregistrement de la note a échoué</translation>
    </message>
    <message>
        <source>Reading the notes failed</source>
        <translation>La lecture des notes a échoué</translation>
    </message>
    <message>
        <source>Your name is not set, so the note cannot be signed. Enter it under Settings ▸ Your Name.</source>
        <translation>Votre nom n&apos;est pas défini&#xa0;: la note ne peut donc pas être signée. Saisissez-le dans Paramètres ▸ Votre nom.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::OptionAnalysis</name>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>your customer</source>
        <translation>votre client</translation>
    </message>
    <message>
        <source>their customer</source>
        <translation>le client de votre client</translation>
    </message>
    <message>
        <source>Below walk-away for %1</source>
        <translation>Sous le seuil de rupture pour %1</translation>
    </message>
    <message>
        <source>option %1</source>
        <translation>option %1</translation>
    </message>
    <message>
        <source>Dominated by %1: as good for everyone, better for %2</source>
        <translation>Dominée par %1&#xa0;: aussi bonne pour tous, meilleure pour %2</translation>
    </message>
    <message>
        <source>Dominated by %1</source>
        <translation>Dominée par %1</translation>
    </message>
    <message>
        <source>Below walk-away</source>
        <translation>Sous le seuil</translation>
    </message>
    <message>
        <source>It leaves you below your walk-away point.</source>
        <translation>Elle vous laisse sous votre seuil de rupture.</translation>
    </message>
    <message>
        <source>It leaves your customer below their best alternative.</source>
        <translation>Elle laisse votre client sous sa meilleure alternative.</translation>
    </message>
    <message>
        <source>It was the best option for all: no value left on the table.</source>
        <translation>C&apos;était la meilleure option pour tous&#xa0;: aucune valeur laissée sur la table.</translation>
    </message>
    <message>
        <source>Value left on the table against “%1”, the best option for all: you %2, your customer %3, their customer %4; %5 in all (a negative figure: more than that option gives).</source>
        <translation>Valeur laissée sur la table par rapport à «&#xa0;%1&#xa0;», la meilleure option pour tous&#xa0;: vous %2, votre client %3, le client de votre client %4&#xa0;; %5 au total (un chiffre négatif&#xa0;: plus que ce que donne cette option).</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::OptionsByPartyModel</name>
    <message>
        <source>%1: the value of this option, against the %2</source>
        <translation>%1&#xa0;: la valeur de cette option, face au point de référence (%2)</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>What the option means for you and your customer together</source>
        <translation>Ce que l&apos;option représente pour vous et votre client ensemble</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>What the option is worth to the party; empty when not assessed</source>
        <translation>Ce que vaut l&apos;option pour la partie&#xa0;; vide si elle n&apos;est pas évaluée</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>The party&apos;s reference point: your walk-away point, your customer&apos;s best alternative, their customer&apos;s status quo</source>
        <translation>Le point de référence de la partie&#xa0;: votre seuil de rupture, la meilleure alternative de votre client, le statu quo du client de votre client</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::OptionsModel</name>
    <message>
        <source>Not assessed yet: type an estimate.</source>
        <translation>Pas encore évalué&#xa0;: saisissez une estimation.</translation>
    </message>
    <message>
        <source>%1 against a %2 of %3 (even within ±%4)</source>
        <translation>%1 face à %3 (%2&#xa0;; équilibre à ±%4 près)</translation>
    </message>
    <message>
        <source>An option needs a name.</source>
        <translation>Une option doit avoir un nom.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>result</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>Not assessed yet: type the %1 (0 is a figure too).</source>
        <translation>Pas encore évalué&#xa0;: renseignez le champ «&#xa0;%1&#xa0;» (0 est aussi un chiffre).</translation>
    </message>
    <message>
        <source>No result until both the value and the %1 are entered.</source>
        <translation>Aucun résultat tant que la valeur et le champ «&#xa0;%1&#xa0;» ne sont pas tous deux renseignés.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::Outcome</name>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>lose/lose</source>
        <translation>perdant/perdant</translation>
    </message>
    <message>
        <source>lose/win</source>
        <translation>perdant/gagnant</translation>
    </message>
    <message>
        <source>win/lose</source>
        <translation>gagnant/perdant</translation>
    </message>
    <message>
        <source>win/win</source>
        <translation>gagnant/gagnant</translation>
    </message>
    <message>
        <source>win-win-win</source>
        <translation>gagnant-gagnant-gagnant</translation>
    </message>
    <message>
        <source>Estimate the value for you and your customer to see the outcome.</source>
        <translation>Estimez la valeur pour vous et pour votre client afin de voir l&apos;issue.</translation>
    </message>
    <message>
        <source>Both you and your customer would be worse off than without this deal.</source>
        <translation>Vous et votre client seriez tous deux moins bien lotis que sans cette affaire.</translation>
    </message>
    <message>
        <source>A concession: your customer gains and you fall below your walk-away point. Concessions become habits.</source>
        <translation>Une concession&#xa0;: votre client y gagne et vous passez sous votre seuil de rupture. Les concessions deviennent des habitudes.</translation>
    </message>
    <message>
        <source>A hard bargain: you gain and your customer falls below their best alternative. It works once; they will not come back.</source>
        <translation>Une négociation dure&#xa0;: vous y gagnez et votre client passe sous sa meilleure alternative. Cela marche une fois&#xa0;; il ne reviendra pas.</translation>
    </message>
    <message>
        <source>Good for you and for your customer. Can it also help their customer?</source>
        <translation>Bon pour vous et pour votre client. Cela peut-il aussi aider le client de votre client&#xa0;?</translation>
    </message>
    <message>
        <source>Good for you, your customer and their customer: the best kind of deal.</source>
        <translation>Bon pour vous, votre client et le client de votre client&#xa0;: la meilleure affaire qui soit.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::Party</name>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Your customer</source>
        <translation>Votre client</translation>
    </message>
    <message>
        <source>Their customer</source>
        <translation>Le client de votre client</translation>
    </message>
    <message>
        <source>walk-away point</source>
        <translation>seuil de rupture</translation>
    </message>
    <message>
        <source>best alternative</source>
        <translation>meilleure alternative</translation>
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
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>%1: basis not said</source>
        <translation>%1&#xa0;: base non précisée</translation>
    </message>
    <message>
        <source>%1 based on: %2</source>
        <translation>%1, sur la base de&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (confidence: %2)</source>
        <translation>%1 (confiance&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Interests: %1.</source>
        <translation>Intérêts&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Relationship: %1</source>
        <translation>Relation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::RelationalQuotient</name>
    <message>
        <source>walked away</source>
        <translation>retrait</translation>
    </message>
    <message>
        <source>&lt;p&gt;The relational quotient (RQ) scores how co-operative your ended deals were, from 0 to 100. Each deal counts with a weight, and the RQ is the average weight, rounded:&lt;/p&gt;&lt;p align=&quot;center&quot;&gt;&lt;b&gt;RQ = Σ weight × deals ÷ Σ deals&lt;/b&gt;&lt;/p&gt;&lt;table cellpadding=&quot;3&quot;&gt;&lt;tr&gt;&lt;td&gt;win-win-win&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;win/win&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;walked away transparently&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;lose/win (a concession)&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;win/lose (a hard bargain)&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;lose/lose&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Deals where everyone gains raise your RQ above the neutral 50; deals where someone at the table loses lower it. A transparent walk-away counts in your favour: saying openly that no win/win exists builds the relationship. Only the outcome frozen when a deal ended counts, and only when it is known: a deal that ended without a value for each party (won or lost in a CRM, closed with a value missing) waits in the coach&apos;s list to assess and does not count until it is assessed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le quotient relationnel (QR) mesure à quel point vos affaires terminées ont été coopératives, de 0 à 100. Chaque affaire compte avec un poids, et le QR est le poids moyen, arrondi&#xa0;:&lt;/p&gt;&lt;p align=&quot;center&quot;&gt;&lt;b&gt;QR = Σ poids × affaires ÷ Σ affaires&lt;/b&gt;&lt;/p&gt;&lt;table cellpadding=&quot;3&quot;&gt;&lt;tr&gt;&lt;td&gt;gagnant-gagnant-gagnant&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;gagnant/gagnant&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;retrait en toute transparence&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;perdant/gagnant (une concession)&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;gagnant/perdant (une négociation dure)&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;perdant/perdant&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Les affaires où tout le monde gagne font monter votre QR au-dessus du niveau neutre de 50&#xa0;; celles où quelqu&apos;un à la table perd le font baisser. Un retrait transparent compte en votre faveur&#xa0;: dire ouvertement qu&apos;aucun gagnant/gagnant n&apos;est possible renforce la relation. Seule compte l&apos;issue figée à la fin de l&apos;affaire, et seulement si elle est connue&#xa0;: une affaire terminée sans valeur pour chaque partie (gagnée ou perdue dans un CRM, conclue avec une valeur manquante) attend dans la liste des affaires à évaluer du coach et ne compte pas tant qu&apos;elle n&apos;a pas été évaluée.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::Result</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>lose</source>
        <translation>perd</translation>
    </message>
    <message>
        <source>even</source>
        <translation>à l&apos;équilibre</translation>
    </message>
    <message>
        <source>win</source>
        <translation>gagne</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::RoomServer</name>
    <message>
        <source>This address takes only %1.</source>
        <translation>Cette adresse n&apos;accepte que %1.</translation>
    </message>
    <message>
        <source>Cannot open the room on %1, port %2: %3</source>
        <translation>Impossible d&apos;ouvrir la salle sur %1, port %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Too many requests from this device; wait a moment.</source>
        <translation>Trop de requêtes depuis cet appareil&#xa0;; patientez un instant.</translation>
    </message>
    <message>
        <source>There is no room at this address; check the code.</source>
        <translation>Il n&apos;y a pas de salle à cette adresse&#xa0;; vérifiez le code.</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>La requête est trop volumineuse.</translation>
    </message>
    <message>
        <source>There is nothing at this address.</source>
        <translation>Il n&apos;y a rien à cette adresse.</translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation>La requête n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>A nickname is text.</source>
        <translation>Un pseudo doit être du texte.</translation>
    </message>
    <message>
        <source>Join the room first.</source>
        <translation>Rejoignez d&apos;abord la salle.</translation>
    </message>
    <message>
        <source>The room has moved on to another scenario.</source>
        <translation>La salle est passée à un autre scénario.</translation>
    </message>
    <message>
        <source>The vote is closed.</source>
        <translation>Le vote est clos.</translation>
    </message>
    <message>
        <source>This device has joined the room already.</source>
        <translation>Cet appareil a déjà rejoint la salle.</translation>
    </message>
    <message>
        <source>Triplewin workshop room</source>
        <translation>Salle d’atelier Triplewin</translation>
    </message>
    <message>
        <source>Join the workshop room</source>
        <translation>Rejoindre la salle de l’atelier</translation>
    </message>
    <message>
        <source>Your answers are anonymous unless you give a nickname.</source>
        <translation>Vos réponses restent anonymes, sauf si vous donnez un pseudo.</translation>
    </message>
    <message>
        <source>Nickname (optional)</source>
        <translation>Pseudo (facultatif)</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <source>You are in</source>
        <translation>Vous êtes dans la salle</translation>
    </message>
    <message>
        <source>Wait for the trainer to ask the room.</source>
        <translation>Attendez que le formateur interroge la salle.</translation>
    </message>
    <message>
        <source>For each option: does each party win, break even or lose against its own walk-away point? You can change your answers until the trainer closes the vote.</source>
        <translation>Pour chaque option&#xa0;: chaque partie gagne-t-elle, est-elle à l’équilibre ou perd-elle par rapport à son propre seuil de retrait&#xa0;? Vous pouvez modifier vos réponses jusqu’à la clôture du vote.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Win</source>
        <translation>Gagne</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>Équilibre</translation>
    </message>
    <message>
        <source>Lose</source>
        <translation>Perd</translation>
    </message>
    <message>
        <source>Option %1: %2</source>
        <translation>Option %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>It was: %1</source>
        <translation>Bonne réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>It was: %1 — you were right.</source>
        <translation>Bonne réponse&#xa0;: %1 — vous aviez raison.</translation>
    </message>
    <message>
        <source>It was: %1 — you said %2.</source>
        <translation>Bonne réponse&#xa0;: %1 — vous aviez dit %2.</translation>
    </message>
    <message>
        <source>Your answers are in. You can still change them.</source>
        <translation>Vos réponses sont enregistrées. Vous pouvez encore les modifier.</translation>
    </message>
    <message>
        <source>Saved. Answer the others too.</source>
        <translation>Enregistré. Répondez aussi aux autres.</translation>
    </message>
    <message>
        <source>Not joined yet.</source>
        <translation>Pas encore dans la salle.</translation>
    </message>
    <message>
        <source>Joined. Waiting for a question.</source>
        <translation>Dans la salle. En attente d’une question.</translation>
    </message>
    <message>
        <source>The vote is open.</source>
        <translation>Le vote est ouvert.</translation>
    </message>
    <message>
        <source>The vote is closed: here is how it came out.</source>
        <translation>Le vote est clos&#xa0;: voici le résultat.</translation>
    </message>
    <message>
        <source>Joined.</source>
        <translation>Vous êtes dans la salle.</translation>
    </message>
    <message>
        <source>The room answered %1.</source>
        <translation>La salle a répondu %1.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::RoomVotes</name>
    <message>
        <source>(not named)</source>
        <translation>(non nommé)</translation>
    </message>
    <message>
        <source>%1 sells to %2, who serves %3.</source>
        <translation>%1 vend à %2, qui sert %3.</translation>
    </message>
    <message>
        <source>A nickname has at most %1 characters.</source>
        <translation>Un pseudo comporte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The room is full (%1 participants).</source>
        <translation>La salle est pleine (%1 participants).</translation>
    </message>
    <message>
        <source>Join the room first.</source>
        <translation>Rejoignez d&apos;abord la salle.</translation>
    </message>
    <message>
        <source>The room has moved on to another scenario.</source>
        <translation>La salle est passée à un autre scénario.</translation>
    </message>
    <message>
        <source>The vote is closed.</source>
        <translation>Le vote est clos.</translation>
    </message>
    <message numerus="yes">
        <source>Expected answers for %n option(s).</source>
        <translation>
            <numerusform>Réponses attendues pour %n option.</numerusform>
            <numerusform>Réponses attendues pour %n options.</numerusform>
        </translation>
    </message>
    <message>
        <source>“answers” must be a list with one entry per option.</source>
        <translation>«&#xa0;answers&#xa0;» doit être une liste avec une entrée par option.</translation>
    </message>
    <message>
        <source>Each option takes three answers, one per party.</source>
        <translation>Chaque option attend trois réponses, une par partie.</translation>
    </message>
    <message>
        <source>An answer is “win”, “even”, “lose” or empty.</source>
        <translation>Une réponse vaut «&#xa0;win&#xa0;», «&#xa0;even&#xa0;», «&#xa0;lose&#xa0;» ou reste vide.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::ScenarioPack</name>
    <message>
        <source>top level</source>
        <translation>racine</translation>
    </message>
    <message>
        <source>unknown field (expected one of: %1)</source>
        <translation>champ inconnu (attendu&#xa0;: l&apos;un de %1)</translation>
    </message>
    <message>
        <source>missing (an object is required)</source>
        <translation>manquant (un objet est requis)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>missing (a list is required)</source>
        <translation>manquant (une liste est requise)</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>missing (text is required)</source>
        <translation>manquant (du texte est requis)</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>missing (an amount is required)</source>
        <translation>manquant (un montant est requis)</translation>
    </message>
    <message>
        <source>must be an amount such as 1200.50, or null when not assessed</source>
        <translation>doit être un montant comme 1200.50, ou null s&apos;il n&apos;est pas évalué</translation>
    </message>
    <message>
        <source>must be an amount such as 1200.50</source>
        <translation>doit être un montant comme 1200.50</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 est hors limites</translation>
    </message>
    <message>
        <source>%1 has more than two decimals</source>
        <translation>%1 a plus de deux décimales</translation>
    </message>
    <message>
        <source>must be “low”, “medium” or “high”, not “%1”</source>
        <translation>doit être «&#xa0;low&#xa0;», «&#xa0;medium&#xa0;» ou «&#xa0;high&#xa0;», et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>must list 1 to %1 options, not %2</source>
        <translation>doit contenir de 1 à %1 options, et non %2</translation>
    </message>
    <message>
        <source>“%1” is used by another option of this deal</source>
        <translation>«&#xa0;%1&#xa0;» est déjà utilisé par une autre option de cette affaire</translation>
    </message>
    <message>
        <source>“%1” is not an outcome (win_win_win, win_win, win_lose, lose_win, lose_lose, unknown)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une issue (win_win_win, win_win, win_lose, lose_win, lose_lose, unknown)</translation>
    </message>
    <message>
        <source>“%1” is not another option of this deal</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une autre option de cette affaire</translation>
    </message>
    <message>
        <source>“%1” is not a date such as 2026-03-14</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date comme 2026-03-14</translation>
    </message>
    <message>
        <source>an ended deal needs either &quot;agreed&quot; (the option agreed at closing) or &quot;walkedAway&quot;: true, not both</source>
        <translation>une affaire terminée nécessite soit &quot;agreed&quot; (l&apos;option retenue à la conclusion), soit &quot;walkedAway&quot;: true, mais pas les deux</translation>
    </message>
    <message>
        <source>no option of this deal is named “%1”</source>
        <translation>aucune option de cette affaire ne s&apos;appelle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” is not a valid id: use lower-case letters, digits and &apos;-&apos; (for example &quot;discount-squeeze&quot;)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant valide&#xa0;: utilisez des lettres minuscules, des chiffres et &apos;-&apos; (par exemple &quot;discount-squeeze&quot;)</translation>
    </message>
    <message>
        <source>“%1” is not a habit (%2)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une habitude (%2)</translation>
    </message>
    <message>
        <source>this scenario teaches a walk-away (&quot;walkAway&quot;: true), but this option is a %1</source>
        <translation>ce scénario enseigne un retrait (&quot;walkAway&quot;: true), mais l&apos;issue de cette option est %1</translation>
    </message>
    <message numerus="yes">
        <source>lists %n deal(s); at most %1 are allowed</source>
        <translation>
            <numerusform>contient %n affaire&#xa0;; %1 au maximum sont autorisées</numerusform>
            <numerusform>contient %n affaires&#xa0;; %1 au maximum sont autorisées</numerusform>
        </translation>
    </message>
    <message>
        <source>must hold at least one question</source>
        <translation>doit contenir au moins une question</translation>
    </message>
    <message>
        <source>must be a question (non-empty text)</source>
        <translation>doit être une question (texte non vide)</translation>
    </message>
    <message>
        <source>“%1” is not a Triplewin scenario pack (expected &quot;%2&quot;)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un pack de scénarios Triplewin (&quot;%2&quot; attendu)</translation>
    </message>
    <message>
        <source>must be a whole number such as %1</source>
        <translation>doit être un nombre entier comme %1</translation>
    </message>
    <message>
        <source>version %1 was written by a newer Triplewin (this one reads up to version %2); update Triplewin to open it</source>
        <translation>la version %1 a été écrite par une version plus récente de Triplewin (celle-ci lit jusqu&apos;à la version %2)&#xa0;; mettez Triplewin à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>must hold at least one scenario</source>
        <translation>doit contenir au moins un scénario</translation>
    </message>
    <message>
        <source>“%1” is the id of another scenario</source>
        <translation>«&#xa0;%1&#xa0;» est l&apos;identifiant d&apos;un autre scénario</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Vendeur</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Customer&apos;s customer</source>
        <translation>Client du client</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>is empty; a scenario pack is a JSON object</source>
        <translation>est vide&#xa0;; un pack de scénarios est un objet JSON</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>JSON non valide (%1)</translation>
    </message>
    <message>
        <source>must be a JSON object with &quot;format&quot;: &quot;%1&quot;</source>
        <translation>doit être un objet JSON avec &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>illisible (%1)</translation>
    </message>
    <message>
        <source>is %1 MB; scenario packs are at most 16 MB</source>
        <translation>fait %1 Mo&#xa0;; un pack de scénarios fait au maximum 16 Mo</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>must be “you”, “customer” or “customersCustomer”, not “%1”</source>
        <translation>doit être «&#xa0;you&#xa0;», «&#xa0;customer&#xa0;» ou «&#xa0;customersCustomer&#xa0;», et non «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::ScriptRepository</name>
    <message>
        <source>Loading the walk-away script failed</source>
        <translation>Le chargement du script de retrait a échoué</translation>
    </message>
    <message>
        <source>Keeping the walk-away script failed</source>
        <translation>La conservation du script de retrait a échoué</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::TeamHistoryModel</name>
    <message>
        <source>Salesperson</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Conclue</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::TeamHistoryRepository</name>
    <message>
        <source>Reading the team history failed</source>
        <translation>La lecture de l&apos;historique de l&apos;équipe a échoué</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::TeamServer</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql), so Triplewin cannot connect to a team server.</source>
        <translation>Le pilote PostgreSQL de Qt n&apos;est pas installé (Debian&#xa0;: libqt6sql6-psql)&#xa0;: Triplewin ne peut donc pas se connecter à un serveur d&apos;équipe.</translation>
    </message>
    <message>
        <source>Cannot connect to the team server %1.</source>
        <translation>Impossible de se connecter au serveur d&apos;équipe %1.</translation>
    </message>
    <message>
        <source>Cannot use the team server.</source>
        <translation>Impossible d&apos;utiliser le serveur d&apos;équipe.</translation>
    </message>
    <message>
        <source>The team server %1 was set up by a newer version of Triplewin (server schema %2; this version knows up to %3). Nothing was changed: update Triplewin to use it.</source>
        <translation>Le serveur d&apos;équipe %1 a été configuré par une version plus récente de Triplewin (schéma serveur %2&#xa0;; cette version connaît jusqu&apos;au schéma %3). Rien n&apos;a été modifié&#xa0;: mettez Triplewin à jour pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Reading the team server&apos;s schema version failed.</source>
        <translation>La lecture de la version du schéma du serveur d&apos;équipe a échoué.</translation>
    </message>
    <message>
        <source>The server setup script %1 is missing.</source>
        <translation>Le script de configuration du serveur %1 est introuvable.</translation>
    </message>
    <message>
        <source>Setting up the team server failed in %1; nothing of the setup was kept.</source>
        <translation>La configuration du serveur d&apos;équipe a échoué dans %1&#xa0;; rien de la configuration n&apos;a été conservé.</translation>
    </message>
    <message>
        <source>Setting up the team server failed.</source>
        <translation>La configuration du serveur d&apos;équipe a échoué.</translation>
    </message>
    <message>
        <source>Adding the login “%1” failed.</source>
        <translation>L&apos;ajout de l&apos;identifiant «&#xa0;%1&#xa0;» a échoué.</translation>
    </message>
    <message>
        <source>A login name needs 1 to 63 characters; “%1” has %2.</source>
        <translation>Un identifiant doit comporter de 1 à 63 caractères&#xa0;; «&#xa0;%1&#xa0;» en a %2.</translation>
    </message>
    <message>
        <source>The server&apos;s connection string cannot be read: %1 Write it as key=value pairs, for example “host=db.example.com port=5432 dbname=sales user=dana sslmode=require”.</source>
        <translation>La chaîne de connexion du serveur est illisible&#xa0;: %1 Écrivez-la sous forme de paires clé=valeur, par exemple «&#xa0;host=db.example.com port=5432 dbname=sales user=dana sslmode=require&#xa0;».</translation>
    </message>
    <message>
        <source>a URI is not supported here.</source>
        <translation>une URI n&apos;est pas prise en charge ici.</translation>
    </message>
    <message>
        <source>“%1” (at character %2) has no “=value”.</source>
        <translation>«&#xa0;%1&#xa0;» (au caractère %2) n&apos;a pas de «&#xa0;=valeur&#xa0;».</translation>
    </message>
    <message>
        <source>the quoted value of “%1” is not closed.</source>
        <translation>la valeur entre guillemets de «&#xa0;%1&#xa0;» n&apos;est pas fermée.</translation>
    </message>
    <message>
        <source>The connection string holds a password. Leave it out: Triplewin asks for it, or libpq reads it from ~/.pgpass or PGPASSWORD, so it is never kept in plain settings or shell history.</source>
        <translation>La chaîne de connexion contient un mot de passe. Retirez-le&#xa0;: Triplewin le demande, ou libpq le lit dans ~/.pgpass ou PGPASSWORD, de sorte qu&apos;il n&apos;est jamais conservé en clair dans les paramètres ni dans l&apos;historique du shell.</translation>
    </message>
    <message>
        <source>the port “%1” is not a number from 1 to 65535.</source>
        <translation>le port «&#xa0;%1&#xa0;» n&apos;est pas un nombre de 1 à 65535.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::WalkAwayScript</name>
    <message>
        <source>%1 %2</source>
        <comment>amount, currency</comment>
        <translation>%1&#xa0;%2</translation>
    </message>
    <message>
        <source>No options have been written down for this deal yet. Before walking away, say which ways of doing this deal you explored, even informally.</source>
        <translation>Aucune option n&apos;a encore été notée pour cette affaire. Avant de vous retirer, dites quelles façons de conclure cette affaire vous avez explorées, même de manière informelle.</translation>
    </message>
    <message>
        <source>The options we explored (%1):</source>
        <translation>Les options que nous avons explorées (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>What we need: this deal has to be worth at least %1 to us; below that we would be better off without it.</source>
        <translation>Ce dont nous avons besoin&#xa0;: cette affaire doit nous rapporter au moins %1&#xa0;; en dessous, mieux vaut pour nous y renoncer.</translation>
    </message>
    <message>
        <source>What matters for %1: to be no worse off than today.</source>
        <translation>Ce qui compte pour %1&#xa0;: ne pas être moins bien loti qu&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>What we tried: %1.</source>
        <translation>Ce que nous avons essayé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Transparency</source>
        <translation>Transparence</translation>
    </message>
    <message>
        <source>The proposal</source>
        <translation>La proposition</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>We have not found an option that is good for both of us. If no win/win can be found, it is better for both of us not to do this deal this time. That is not the end of our relationship: the door stays open.</source>
        <translation>Nous n&apos;avons pas trouvé d&apos;option bonne pour nous deux. Sans solution gagnant/gagnant, il vaut mieux pour nous deux ne pas faire affaire cette fois-ci. Ce n&apos;est pas la fin de notre relation&#xa0;: la porte reste ouverte.</translation>
    </message>
    <message>
        <source>At least one option looked good for both of us, yet we cannot agree on it. Rather than push either side into a loss, we propose not to do this deal this time. The door stays open.</source>
        <translation>Au moins une option semblait bonne pour nous deux, et pourtant nous ne parvenons pas à nous mettre d&apos;accord. Plutôt que de faire perdre l&apos;une ou l&apos;autre partie, nous proposons de ne pas faire affaire cette fois-ci. La porte reste ouverte.</translation>
    </message>
    <message>
        <source>What would need to change: %1</source>
        <translation>Ce qui devrait changer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Let us talk again on %1.</source>
        <translation>Reparlons-en le %1.</translation>
    </message>
    <message>
        <source>Transparent walk-away: %1</source>
        <translation>Retrait transparent&#xa0;: %1</translation>
    </message>
    <message>
        <source>We have not been able to assess yet whether any option is good for both of us. Until we can, it is better for both of us not to commit to this deal. That is not the end of our relationship: the door stays open.</source>
        <translation>Nous n&apos;avons pas encore pu évaluer si une option est bonne pour nous deux. Tant que ce n&apos;est pas le cas, il vaut mieux pour nous deux ne pas nous engager dans cette affaire. Ce n&apos;est pas la fin de notre relation&#xa0;: la porte reste ouverte.</translation>
    </message>
    <message>
        <source>your customers</source>
        <translation>vos clients</translation>
    </message>
    <message>
        <source>What it would be worth to us, we do not know yet.</source>
        <translation>Ce que cela vaudrait pour nous, nous ne le savons pas encore.</translation>
    </message>
    <message>
        <source>What it would be worth to you, we do not know yet.</source>
        <translation>Ce que cela vaudrait pour vous, nous ne le savons pas encore.</translation>
    </message>
    <message>
        <source>What it would mean for %1, we do not know yet.</source>
        <translation>Ce que cela signifierait pour %1, nous ne le savons pas encore.</translation>
    </message>
    <message>
        <source>For us, it brings %1 more than our walk-away point (%2 against %3).</source>
        <translation>Pour nous, elle rapporte %1 de plus que notre seuil de rupture (%2 contre %3).</translation>
    </message>
    <message>
        <source>For us, it falls %1 short of our walk-away point (%2 against %3).</source>
        <translation>Pour nous, elle reste %1 en dessous de notre seuil de rupture (%2 contre %3).</translation>
    </message>
    <message>
        <source>For us, it only just reaches our walk-away point (%1 against %2).</source>
        <translation>Pour nous, elle atteint tout juste notre seuil de rupture (%1 contre %2).</translation>
    </message>
    <message>
        <source>For you, it brings %1 more than your best alternative (%2 against %3).</source>
        <translation>Pour vous, elle rapporte %1 de plus que votre meilleure alternative (%2 contre %3).</translation>
    </message>
    <message>
        <source>For you, it falls %1 short of your best alternative (%2 against %3).</source>
        <translation>Pour vous, elle reste %1 en dessous de votre meilleure alternative (%2 contre %3).</translation>
    </message>
    <message>
        <source>For you, it is about as good as your best alternative (%1 against %2).</source>
        <translation>Pour vous, elle vaut à peu près autant que votre meilleure alternative (%1 contre %2).</translation>
    </message>
    <message>
        <source>For %1, it is %2 better than today.</source>
        <translation>Pour %1, c&apos;est %2 de mieux qu&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>For %1, it is %2 worse than today.</source>
        <translation>Pour %1, c&apos;est %2 de moins qu&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>For %1, it changes little from today.</source>
        <translation>Pour %1, cela change peu par rapport à aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>• %1:</source>
        <translation>• %1&#xa0;:</translation>
    </message>
    <message>
        <source>Some of these figures we do not know yet, and we would rather say so than guess.</source>
        <translation>Certains de ces chiffres, nous ne les connaissons pas encore, et nous préférons le dire plutôt que de deviner.</translation>
    </message>
    <message>
        <source>What we need: (not estimated yet: decide your walk-away point before the meeting).</source>
        <translation>Ce dont nous avons besoin&#xa0;: (pas encore estimé&#xa0;: fixez votre seuil de rupture avant la réunion).</translation>
    </message>
    <message>
        <source>What you need, as we understand it: at least %1, what your best alternative gives you.</source>
        <translation>Ce dont vous avez besoin, si nous avons bien compris&#xa0;: au moins %1, ce que vous apporte votre meilleure alternative.</translation>
    </message>
    <message>
        <source>What you need: we have not understood that well enough yet. What is your best alternative to this deal?</source>
        <translation>Ce dont vous avez besoin&#xa0;: nous ne l&apos;avons pas encore assez bien compris. Quelle est votre meilleure alternative à cette affaire&#xa0;?</translation>
    </message>
    <message>
        <source>I want to be open with you. We are committed to finding an outcome that is good for you and for us — not one where one side carries the cost.</source>
        <translation>Je veux vous parler en toute franchise. Nous tenons à trouver une issue qui soit bonne pour vous et pour nous — pas une issue où l&apos;une des parties en fait les frais.</translation>
    </message>
    <message>
        <source>What would need to change: (not written down yet: name what would make a deal good for both of us possible).</source>
        <translation>Ce qui devrait changer&#xa0;: (pas encore noté&#xa0;: dites ce qui rendrait possible une affaire bonne pour nous deux).</translation>
    </message>
    <message>
        <source>When shall we talk again?</source>
        <translation>Quand pouvons-nous en reparler&#xa0;?</translation>
    </message>
    <message>
        <source>What matters to us beyond the figure: %1.</source>
        <translation>Ce qui compte pour nous au-delà du chiffre&#xa0;: %1.</translation>
    </message>
    <message>
        <source>What matters to you, as we understand it: %1. Have we got that right?</source>
        <translation>Ce qui compte pour vous, si nous avons bien compris&#xa0;: %1. Est-ce exact&#xa0;?</translation>
    </message>
    <message>
        <source>What matters for %1: %2.</source>
        <translation>Ce qui compte pour %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>What matters for your customers: %1.</source>
        <translation>Ce qui compte pour vos clients&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::AccessibleNames</name>
    <message>
        <source>More tools</source>
        <translation>Plus d&apos;outils</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::CloseDealDialog</name>
    <message>
        <source>Close “%1”</source>
        <translation>Conclure «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Record the option you and your customer agreed on. Each party&apos;s result and the outcome are frozen now: later edits to the estimates do not rewrite history, and the coach counts this deal in your habits and relational quotient.</source>
        <translation>Enregistrez l&apos;option sur laquelle vous et votre client vous êtes mis d&apos;accord. Le résultat de chaque partie et l&apos;issue sont figés dès maintenant&#xa0;: les modifications ultérieures des estimations ne réécrivent pas l&apos;historique, et le coach compte cette affaire dans vos habitudes et votre quotient relationnel.</translation>
    </message>
    <message>
        <source>&amp;Agreed option:</source>
        <translation>&amp;Option retenue&#xa0;:</translation>
    </message>
    <message>
        <source>Closed &amp;on:</source>
        <translation>&amp;Date de conclusion&#xa0;:</translation>
    </message>
    <message>
        <source>Close Deal</source>
        <translation>Conclure l&apos;affaire</translation>
    </message>
    <message>
        <source>This deal has no saved options to agree on.</source>
        <translation>Cette affaire n&apos;a aucune option enregistrée sur laquelle s&apos;accorder.</translation>
    </message>
    <message>
        <source>Choose the option you agreed on</source>
        <translation>Choisissez l&apos;option retenue</translation>
    </message>
    <message>
        <source>Each party&apos;s result and the outcome appear here.</source>
        <translation>Le résultat de chaque partie et l&apos;issue s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>%1 against a %2 of %3</source>
        <translation>%1 face à %3 (%2)</translation>
    </message>
    <message>
        <source>not assessed: no value or no %1</source>
        <translation>non évalué&#xa0;: il manque la valeur ou le champ «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Wh&amp;y close on this option anyway?</source>
        <translation>&amp;Pourquoi conclure malgré tout sur cette option&#xa0;?</translation>
    </message>
    <message>
        <source>For example: the customer&apos;s budget ends this quarter and the renewal makes up for it.</source>
        <translation>Par exemple&#xa0;: le budget du client se termine ce trimestre et le renouvellement compense.</translation>
    </message>
    <message>
        <source>&amp;Walk Away Instead…</source>
        <translation>&amp;Se retirer plutôt…</translation>
    </message>
    <message>
        <source>Leave without closing and prepare a transparent walk-away script</source>
        <translation>Partir sans conclure et préparer un script de retrait en toute transparence</translation>
    </message>
    <message>
        <source>Write why you close on this option anyway, or walk away instead</source>
        <translation>Indiquez pourquoi vous concluez malgré tout sur cette option, ou retirez-vous plutôt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before you close on this option:&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;Closing on it is your call. Say why in a sentence: it stays in the deal&apos;s history, where your manager sees it. Or walk away transparently instead.</source>
        <translation>&lt;b&gt;Avant de conclure sur cette option&#xa0;:&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;Conclure reste votre décision. Expliquez pourquoi en une phrase&#xa0;: cela restera dans l&apos;historique de l&apos;affaire, visible par votre responsable. Ou retirez-vous plutôt en toute transparence.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::ConcessionDialog</name>
    <message>
        <source>Add Concession</source>
        <translation>Ajouter une concession</translation>
    </message>
    <message>
        <source>Change Concession</source>
        <translation>Modifier la concession</translation>
    </message>
    <message>
        <source>e.g. free installation</source>
        <translation>p. ex. installation gratuite</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Rien pour l&apos;instant</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Par&#xa0;:</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>What was conceded</source>
        <translation>Ce qui a été concédé</translation>
    </message>
    <message>
        <source>Value to &amp;you (%1):</source>
        <translation>Valeur pour &amp;vous (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Value to your &amp;customer (%1):</source>
        <translation>Valeur pour votre &amp;client (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Value to &amp;their customer (%1):</source>
        <translation>Valeur pour &amp;le client de votre client (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Value to %1</source>
        <translation>Valeur pour %1</translation>
    </message>
    <message>
        <source>T&amp;raded for:</source>
        <translation>&amp;En échange de&#xa0;:</translation>
    </message>
    <message>
        <source>Traded for</source>
        <translation>En échange de</translation>
    </message>
    <message>
        <source>A cost is negative. Leave “Traded for” empty when nothing was received in return: the deal flags it.</source>
        <translation>Un coût est négatif. Laissez «&#xa0;En échange de&#xa0;» vide si rien n&apos;a été reçu en retour&#xa0;: l&apos;affaire le signale.</translation>
    </message>
    <message>
        <source>Say what was conceded.</source>
        <translation>Indiquez ce qui a été concédé.</translation>
    </message>
    <message>
        <source>Value to %1: %2</source>
        <translation>Valeur pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnue</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::ConcessionLedgerPanel</name>
    <message>
        <source>&amp;Add concession…</source>
        <translation>A&amp;jouter une concession…</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove concession</source>
        <translation>Supprimer la concession</translation>
    </message>
    <message>
        <source>Concessions</source>
        <translation>Concessions</translation>
    </message>
    <message>
        <source>Record a concession given or received (Ctrl+Shift+A)</source>
        <translation>Enregistrer une concession accordée ou reçue (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <source>Change the selected concession (Enter)</source>
        <translation>Modifier la concession sélectionnée (Entrée)</translation>
    </message>
    <message>
        <source>Remove the selected concession (Ctrl+Shift+Delete); Undo brings it back</source>
        <translation>Supprimer la concession sélectionnée (Ctrl+Maj+Suppr)&#xa0;; Annuler la rétablit</translation>
    </message>
    <message>
        <source>Add concession “%1”</source>
        <translation>Ajouter la concession «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change concession “%1”</source>
        <translation>Modifier la concession «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove concession “%1”</source>
        <translation>Supprimer la concession «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No concessions recorded. During the negotiation, record each one given or received and what it was traded for (Ctrl+Shift+A).</source>
        <translation>Aucune concession enregistrée. Pendant la négociation, enregistrez chaque concession accordée ou reçue et ce que vous avez obtenu en échange (Ctrl+Maj+A).</translation>
    </message>
    <message>
        <source>Every concession you gave was traded for something.</source>
        <translation>Chaque concession que vous avez faite a été échangée contre une contrepartie.</translation>
    </message>
    <message numerus="yes">
        <source>%n concession(s) given with nothing received in return: %1. Ask for something in return before you give more.</source>
        <translation>
            <numerusform>%n concession accordée sans rien recevoir en retour&#xa0;: %1. Demandez une contrepartie avant d&apos;en accorder davantage.</numerusform>
            <numerusform>%n concessions accordées sans rien recevoir en retour&#xa0;: %1. Demandez une contrepartie avant d&apos;en accorder davantage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::DailyBackup</name>
    <message>
        <source>Today&apos;s backup was not made: %1</source>
        <translation>La sauvegarde du jour n&apos;a pas été effectuée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Made today&apos;s backup.</source>
        <translation>Sauvegarde du jour effectuée.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::DealBrief</name>
    <message>
        <source>Customer: %1</source>
        <translation>Client&#xa0;: %1</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Their customer: %1</source>
        <translation>Client de votre client&#xa0;: %1</translation>
    </message>
    <message>
        <source>Salesperson: %1</source>
        <translation>Commercial&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Expected close: %1</source>
        <translation>Conclusion prévue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Amounts in %1</source>
        <translation>Montants en %1</translation>
    </message>
    <message>
        <source>The three parties</source>
        <translation>Les trois parties</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Reference point</source>
        <translation>Point de référence</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>No options yet.</source>
        <translation>Aucune option pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Going in</source>
        <translation>En entrant en réunion</translation>
    </message>
    <message>
        <source>Best option for all: &lt;b&gt;%1&lt;/b&gt; (%2). Nobody at either table loses with it.</source>
        <translation>Meilleure option pour tous&#xa0;: &lt;b&gt;%1&lt;/b&gt; (%2). Personne n&apos;y perd, à aucune des deux tables.</translation>
    </message>
    <message>
        <source>No option is good for both you and your customer. The walk-away script&apos;s key lines:</source>
        <translation>Aucune option n&apos;est bonne à la fois pour vous et pour votre client. Les phrases clés du script de retrait&#xa0;:</translation>
    </message>
    <message>
        <source>Not every party is assessed yet: fill in the missing values and reference points before the meeting.</source>
        <translation>Toutes les parties ne sont pas encore évaluées&#xa0;: complétez les valeurs et points de référence manquants avant la réunion.</translation>
    </message>
    <message>
        <source>Reference point (walk-away line)</source>
        <translation>Point de référence (seuil de rupture)</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Deal brief: %1</source>
        <translation>Fiche de préparation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the PDF could not be started.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: la création du PDF n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Intérêts</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>not written down</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>%1 to %2, by option</source>
        <translation>%1 pour %2, par option</translation>
    </message>
    <message>
        <source>%1 against %2: &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>%1 face à %2&#xa0;: &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Open concessions (given, nothing received in return yet):</source>
        <translation>Concessions en suspens (accordées, sans contrepartie reçue pour l&apos;instant)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::DealEditor</name>
    <message>
        <source>Required, e.g. Fleet renewal 2027</source>
        <translation>Obligatoire, p. ex. Renouvellement de flotte 2027</translation>
    </message>
    <message>
        <source>Who you are selling to</source>
        <translation>À qui vous vendez</translation>
    </message>
    <message>
        <source>Who your customer serves, e.g. their patients</source>
        <translation>Les clients de votre client, p. ex. ses patients</translation>
    </message>
    <message>
        <source>Three-letter currency code (ISO 4217) for every amount of this deal</source>
        <translation>Code de devise à trois lettres (ISO 4217) pour tous les montants de cette affaire</translation>
    </message>
    <message>
        <source>Anything worth remembering before the meeting</source>
        <translation>Tout ce qu&apos;il faut retenir avant la réunion</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;heir customer:</source>
        <translation>Client de &amp;votre client&#xa0;:</translation>
    </message>
    <message>
        <source>Sales&amp;person:</source>
        <translation>Co&amp;mmercial&#xa0;:</translation>
    </message>
    <message>
        <source>Currenc&amp;y:</source>
        <translation>D&amp;evise&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xpected close:</source>
        <translation>C&amp;onclusion prévue&#xa0;:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;ut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;No option is good for both you and your customer.&lt;/b&gt; Look for another option, or leave this deal honestly.</source>
        <translation>&lt;b&gt;Aucune option n&apos;est bonne à la fois pour vous et pour votre client.&lt;/b&gt; Cherchez une autre option, ou retirez-vous de cette affaire en toute honnêteté.</translation>
    </message>
    <message>
        <source>Prepare a Transparent &amp;Walk-Away…</source>
        <translation>&amp;Quitter la négociation en toute transparence…</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>conclue</translation>
    </message>
    <message>
        <source>walked away</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>rouverte</translation>
    </message>
    <message>
        <source>%1 %2 by %3</source>
        <translation>%1 %2 par %3</translation>
    </message>
    <message>
        <source>History: %1.</source>
        <translation>Historique&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reopened&lt;/b&gt;: this deal is being negotiated again; its earlier ending stays in the history.</source>
        <translation>&lt;b&gt;Rouverte&lt;/b&gt;&#xa0;: cette affaire est de nouveau en négociation&#xa0;; sa fin précédente reste dans l&apos;historique.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coaching notes:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Notes de coaching&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>on %1 by %2</source>
        <translation>le %1 par %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Walked away transparently&lt;/b&gt; %1: a good outcome, never counted as lost.</source>
        <translation>&lt;b&gt;Retrait en toute transparence&lt;/b&gt; %1&#xa0;: une bonne issue, jamais comptée comme une perte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Closed&lt;/b&gt; %1 with “%2”: &lt;b&gt;%3&lt;/b&gt; (you %4, your customer %5, their customer %6). Edits to the estimates do not change this record.</source>
        <translation>&lt;b&gt;Conclue&lt;/b&gt; %1 avec «&#xa0;%2&#xa0;»&#xa0;: &lt;b&gt;%3&lt;/b&gt; (vous %4, votre client %5, le client de votre client %6). Les modifications des estimations ne changent pas cet enregistrement.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>One row per way the deal could be struck</source>
        <translation>Une ligne par façon de conclure l&apos;affaire</translation>
    </message>
    <message>
        <source>Interests and relationships</source>
        <translation>Intérêts et relations</translation>
    </message>
    <message>
        <source>Options and preparation</source>
        <translation>Options et préparation</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>Opt&amp;ions</translation>
    </message>
    <message>
        <source>&amp;Interests and Relationships</source>
        <translation>Intérêts et re&amp;lations</translation>
    </message>
    <message>
        <source>What each party needs and why, the relationship, and what each reference point is based on</source>
        <translation>Ce dont chaque partie a besoin et pourquoi, la relation, et sur quoi repose chaque point de référence</translation>
    </message>
    <message>
        <source>&amp;Concessions</source>
        <translation>Conce&amp;ssions</translation>
    </message>
    <message>
        <source>Each concession given and received, and what it was traded for</source>
        <translation>Chaque concession accordée et reçue, et ce qui a été obtenu en échange</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::DealListPanel</name>
    <message>
        <source>Search title or customer (Ctrl+F)</source>
        <translation>Rechercher par titre ou client (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>No deal matches this search.</source>
        <translation>Aucune affaire ne correspond à cette recherche.</translation>
    </message>
    <message>
        <source>No saved deals yet.</source>
        <translation>Aucune affaire enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Search deals by title or customer</source>
        <translation>Rechercher des affaires par titre ou client</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::DealSession</name>
    <message>
        <source>The new deal</source>
        <translation>La nouvelle affaire</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 comporte des modifications non enregistrées. Les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>A new deal needs your name: enter it under Settings ▸ Your Name.</source>
        <translation>Une nouvelle affaire nécessite votre nom&#xa0;: saisissez-le dans Paramètres ▸ Votre nom.</translation>
    </message>
    <message>
        <source>New deal: give it a title, then add the options you could offer.</source>
        <translation>Nouvelle affaire&#xa0;: donnez-lui un titre, puis ajoutez les options que vous pourriez proposer.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1 (ma copie)</translation>
    </message>
    <message>
        <source>Reloaded “%1” as stored.</source>
        <translation>«&#xa0;%1&#xa0;» rechargée telle qu&apos;enregistrée.</translation>
    </message>
    <message>
        <source>Open Deal</source>
        <translation>Ouvrir une affaire</translation>
    </message>
    <message>
        <source>Restored your unsaved changes. Save them with Ctrl+S.</source>
        <translation>Vos modifications non enregistrées ont été restaurées. Enregistrez-les avec Ctrl+S.</translation>
    </message>
    <message>
        <source>The deal has unsaved changes. Save them first?</source>
        <translation>L&apos;affaire comporte des modifications non enregistrées. Les enregistrer d&apos;abord&#xa0;?</translation>
    </message>
    <message>
        <source>Close Deal</source>
        <translation>Conclure l&apos;affaire</translation>
    </message>
    <message>
        <source>Add the option you agreed on before closing the deal.</source>
        <translation>Ajoutez l&apos;option retenue avant de conclure l&apos;affaire.</translation>
    </message>
    <message>
        <source>Closed “%1”. The coach counts it from now on.</source>
        <translation>«&#xa0;%1&#xa0;» conclue. Le coach la prend désormais en compte.</translation>
    </message>
    <message>
        <source>Transparent Walk-Away</source>
        <translation>Retrait en toute transparence</translation>
    </message>
    <message>
        <source>Exported the script to %1.</source>
        <translation>Script exporté vers %1.</translation>
    </message>
    <message>
        <source>Reopen Deal</source>
        <translation>Rouvrir l&apos;affaire</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Placer dans la corbeille</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Move it to the trash without saving them?</source>
        <translation>«&#xa0;%1&#xa0;» comporte des modifications non enregistrées. La placer dans la corbeille sans les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>Moved “%1” to the trash. Undo (Ctrl+Z) brings it back.</source>
        <translation>«&#xa0;%1&#xa0;» placée dans la corbeille. Annuler (Ctrl+Z) la rétablit.</translation>
    </message>
    <message>
        <source>Restored “%1” from the trash.</source>
        <translation>«&#xa0;%1&#xa0;» restaurée depuis la corbeille.</translation>
    </message>
    <message>
        <source>The deal&apos;s history could not be read: %1</source>
        <translation>L&apos;historique de l&apos;affaire est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restore Unsaved Changes</source>
        <translation>Restaurer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Your unsaved changes were kept, but the deal they belong to could not be read, so they were not restored: %1</source>
        <translation>Vos modifications non enregistrées ont été conservées, mais l&apos;affaire à laquelle elles appartiennent est illisible, elles n&apos;ont donc pas été restaurées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The team server does not answer, so %1 is not saved there yet. Your changes are kept on this computer: Triplewin saves them on the server as soon as it answers again, and if you quit before that, offers them back at the next start.</source>
        <translation>Le serveur d&apos;équipe ne répond pas&#xa0;: %1 n&apos;y est donc pas encore enregistrée. Vos modifications sont conservées sur cet ordinateur&#xa0;: Triplewin les enregistre sur le serveur dès qu&apos;il répond à nouveau et, si vous quittez avant, vous les propose au prochain démarrage.</translation>
    </message>
    <message>
        <source>the new deal</source>
        <translation>la nouvelle affaire</translation>
    </message>
    <message>
        <source>The team server answers again.</source>
        <translation>Le serveur d&apos;équipe répond à nouveau.</translation>
    </message>
    <message>
        <source>The team server answers again, but “%1” was changed or removed there meanwhile. Save it to choose what to keep.</source>
        <translation>Le serveur d&apos;équipe répond à nouveau, mais «&#xa0;%1&#xa0;» y a été modifiée ou supprimée entre-temps. Enregistrez-la pour choisir ce que vous conservez.</translation>
    </message>
    <message>
        <source>The team server answers again: “%1” is saved there.</source>
        <translation>Le serveur d&apos;équipe répond à nouveau&#xa0;: «&#xa0;%1&#xa0;» y est enregistrée.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::DealTransfer</name>
    <message>
        <source>Import Deals</source>
        <translation>Importer des affaires</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Deals</source>
        <translation>Exporter des affaires</translation>
    </message>
    <message>
        <source>deals.csv</source>
        <translation>deals.csv</translation>
    </message>
    <message>
        <source>Triplewin CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV Triplewin (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n deal(s) to %1.</source>
        <translation>
            <numerusform>%n affaire exportée vers %1.</numerusform>
            <numerusform>%n affaires exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge a Team Member&apos;s Database</source>
        <translation>Fusionner la base de données d&apos;un membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>Triplewin databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Triplewin (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Merged %1.</source>
        <translation>%1 fusionné.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Merged %1:&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 fusionné&#xa0;:&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n new deal(s)</source>
        <translation>
            <numerusform>%n nouvelle affaire</numerusform>
            <numerusform>%n nouvelles affaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangée</numerusform>
            <numerusform>%n inchangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed only here, kept</source>
        <translation>
            <numerusform>%n modifiée seulement ici, conservée</numerusform>
            <numerusform>%n modifiées seulement ici, conservées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n deal(s) changed on both sides&lt;/b&gt; and left as they are here:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n affaire modifiée des deux côtés&lt;/b&gt;, laissée telle qu&apos;elle est ici&#xa0;:&lt;/p&gt;&lt;ul&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n affaires modifiées des deux côtés&lt;/b&gt;, laissées telles qu&apos;elles sont ici&#xa0;:&lt;/p&gt;&lt;ul&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported “%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;» importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exporting deals…</source>
        <translation>Export des affaires…</translation>
    </message>
    <message>
        <source>Export cancelled; “%1” was left as it was.</source>
        <translation>Export annulé&#xa0;; «&#xa0;%1&#xa0;» n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Merging “%1”…</source>
        <translation>Fusion de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Merge cancelled: nothing of “%1” was merged.</source>
        <translation>Fusion annulée&#xa0;: rien de «&#xa0;%1&#xa0;» n&apos;a été fusionné.</translation>
    </message>
    <message>
        <source>Move Deals to Team Server</source>
        <translation>Déplacer les affaires vers le serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>Moving the deals of “%1” to the team server…</source>
        <translation>Déplacement des affaires de «&#xa0;%1&#xa0;» vers le serveur d&apos;équipe…</translation>
    </message>
    <message>
        <source>Cancelled before any deal of “%1” was moved.</source>
        <translation>Annulé avant qu&apos;aucune affaire de «&#xa0;%1&#xa0;» ne soit déplacée.</translation>
    </message>
    <message>
        <source>Stopped moving “%1”: move it again to finish.</source>
        <translation>Déplacement de «&#xa0;%1&#xa0;» interrompu&#xa0;: relancez-le pour terminer.</translation>
    </message>
    <message>
        <source>Moved the deals of “%1” to the team server.</source>
        <translation>Affaires de «&#xa0;%1&#xa0;» déplacées vers le serveur d&apos;équipe.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Stopped on request. From %1, before that:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Arrêté à votre demande. Depuis %1, avant l&apos;arrêt&#xa0;:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;From %1 to the team server:&lt;/p&gt;</source>
        <translation>&lt;p&gt;De %1 vers le serveur d&apos;équipe&#xa0;:&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n already there, the same</source>
        <translation>
            <numerusform>%n déjà présente, identique</numerusform>
            <numerusform>%n déjà présentes, identiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n deal(s) not moved&lt;/b&gt;, as they differ on the server:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n affaire non déplacée&lt;/b&gt;, car elle diffère sur le serveur&#xa0;:&lt;/p&gt;&lt;ul&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n affaires non déplacées&lt;/b&gt;, car elles diffèrent sur le serveur&#xa0;:&lt;/p&gt;&lt;ul&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Move the file again to finish: what is on the server already is not added twice.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Déplacez à nouveau le fichier pour terminer&#xa0;: ce qui est déjà sur le serveur n&apos;est pas ajouté deux fois.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::DealViewer</name>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2 · salesperson %3 · %4 · expected close %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2 · commercial %3 · %4 · conclusion prévue&#xa0;: %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A coaching note for %1</source>
        <translation>Une note de coaching pour %1</translation>
    </message>
    <message>
        <source>&amp;Add Note</source>
        <translation>&amp;Ajouter une note</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coaching notes&lt;/b&gt; (the salesperson sees them on the deal)</source>
        <translation>&lt;b&gt;Notes de coaching&lt;/b&gt; (le commercial les voit sur l&apos;affaire)</translation>
    </message>
    <message>
        <source>No coaching notes yet.</source>
        <translation>Aucune note de coaching pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>no customer named</source>
        <translation>aucun client indiqué</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>on %1 by %2</source>
        <translation>le %1 par %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;Walked away transparently %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Retrait en toute transparence %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Closed %1 with “%2”: &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Conclue %1 avec «&#xa0;%2&#xa0;»&#xa0;: &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Coaching notes</source>
        <translation>Notes de coaching</translation>
    </message>
    <message>
        <source>New coaching note</source>
        <translation>Nouvelle note de coaching</translation>
    </message>
    <message numerus="yes">
        <source>Concessions (%n given for nothing in return):</source>
        <translation>
            <numerusform>Concessions (%n accordée sans contrepartie)&#xa0;:</numerusform>
            <numerusform>Concessions (%n accordées sans contrepartie)&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::DraftKeeper</name>
    <message>
        <source>Your unsaved changes could not be kept as a draft: %1</source>
        <translation>Vos modifications non enregistrées n&apos;ont pas pu être conservées comme brouillon&#xa0;: %1</translation>
    </message>
    <message>
        <source>a new deal</source>
        <translation>une nouvelle affaire</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Restore Unsaved Changes?</source>
        <translation>Restaurer les modifications non enregistrées&#xa0;?</translation>
    </message>
    <message>
        <source>Triplewin was closed unexpectedly while you were editing %1. Your changes from %2 were kept. Restore them?</source>
        <translation>Triplewin s&apos;est fermé de façon inattendue pendant que vous modifiiez %1. Vos modifications de %2 ont été conservées. Les restaurer&#xa0;?</translation>
    </message>
    <message>
        <source>Restore Changes</source>
        <translation>Restaurer les modifications</translation>
    </message>
    <message>
        <source>An old draft of your changes could not be removed: %1</source>
        <translation>Un ancien brouillon de vos modifications n&apos;a pas pu être supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The folder for “%1” cannot be made.</source>
        <translation>Le dossier pour «&#xa0;%1&#xa0;» ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The copy of your changes on this computer could not be removed: %1</source>
        <translation>La copie de vos modifications sur cet ordinateur n&apos;a pas pu être supprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The team server did not answer when you last edited %1, so your changes from %2 were kept on this computer. Restore them, to save them on the server?</source>
        <translation>Le serveur d&apos;équipe ne répondait pas lors de votre dernière modification de %1&#xa0;: vos modifications de %2 ont donc été conservées sur cet ordinateur. Les restaurer pour les enregistrer sur le serveur&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::EmptyStatePage</name>
    <message>
        <source>&amp;New Deal</source>
        <translation>&amp;Nouvelle affaire</translation>
    </message>
    <message>
        <source>No deals yet.</source>
        <translation>Aucune affaire pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No deal is open.</source>
        <translation>Aucune affaire n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Create your first deal with New Deal (Ctrl+N): give it a title, add the options you could offer, and estimate what each option is worth to you, your customer and their customer. Triplewin shows who wins and who loses under each option.</source>
        <translation>Créez votre première affaire avec Nouvelle affaire (Ctrl+N)&#xa0;: donnez-lui un titre, ajoutez les options que vous pourriez proposer et estimez ce que vaut chaque option pour vous, votre client et le client de votre client. Triplewin montre qui gagne et qui perd avec chaque option.</translation>
    </message>
    <message>
        <source>Pick a deal from the list on the left, or start a new one with New Deal (Ctrl+N).</source>
        <translation>Choisissez une affaire dans la liste de gauche, ou commencez-en une nouvelle avec Nouvelle affaire (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::EndingReasonFields</name>
    <message>
        <source>Choose the main reason (optional)</source>
        <translation>Choisissez le motif principal (facultatif)</translation>
    </message>
    <message>
        <source>For example: their budget moved to next year</source>
        <translation>Par exemple&#xa0;: leur budget a été reporté à l&apos;an prochain</translation>
    </message>
    <message>
        <source>&amp;Main reason:</source>
        <translation>Moti&amp;f principal&#xa0;:</translation>
    </message>
    <message>
        <source>I&amp;n a few words:</source>
        <translation>&amp;En quelques mots&#xa0;:</translation>
    </message>
    <message>
        <source>Main reason the deal ended</source>
        <translation>Motif principal de la fin de l&apos;affaire</translation>
    </message>
    <message>
        <source>Why the deal ended, in a few words</source>
        <translation>Pourquoi l&apos;affaire a pris fin, en quelques mots</translation>
    </message>
    <message>
        <source>Clear the words</source>
        <translation>Effacer le texte</translation>
    </message>
    <message>
        <source>Ending Reasons</source>
        <translation>Motifs de fin</translation>
    </message>
    <message>
        <source>The reasons offered when a deal is closed or walked away from, one per line, in the order to offer them. Empty the list to get the standard one back.</source>
        <translation>Les motifs proposés lorsqu&apos;une affaire est conclue ou que l&apos;on s&apos;en retire, un par ligne, dans l&apos;ordre où les proposer. Videz la liste pour retrouver la liste standard.</translation>
    </message>
    <message>
        <source>Ending reasons, one per line</source>
        <translation>Motifs de fin, un par ligne</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::GuideWindow</name>
    <message>
        <source>Triplewin User Guide</source>
        <translation>Guide de l&apos;utilisateur de Triplewin</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Suivant (Alt+Droite)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::HabitSettingsDialog</name>
    <message>
        <source>Coaching Thresholds</source>
        <translation>Seuils de coaching</translation>
    </message>
    <message>
        <source> ended deals</source>
        <translation> affaires terminées</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source> deals</source>
        <translation> affaires</translation>
    </message>
    <message>
        <source>The coach looks at each salesperson&apos;s most recently ended deals and flags a habit when it shows up this often.</source>
        <translation>Le coach examine les affaires terminées le plus récemment par chaque commercial et signale une habitude lorsqu&apos;elle apparaît au moins aussi souvent.</translation>
    </message>
    <message>
        <source>Look at the last:</source>
        <translation>Examiner les dernières&#xa0;:</translation>
    </message>
    <message>
        <source>Concession habit (lose/win) from:</source>
        <translation>Habitude de concession (perdant/gagnant) à partir de&#xa0;:</translation>
    </message>
    <message>
        <source>Hard-bargain habit (win/lose) from:</source>
        <translation>Habitude de négociation dure (gagnant/perdant) à partir de&#xa0;:</translation>
    </message>
    <message>
        <source>Chain blind spot from:</source>
        <translation>Angle mort de la chaîne à partir de&#xa0;:</translation>
    </message>
    <message>
        <source>Never walks away, losses from:</source>
        <translation>Ne se retire jamais, pertes à partir de&#xa0;:</translation>
    </message>
    <message>
        <source>Relational quotient over:</source>
        <translation>Quotient relationnel sur&#xa0;:</translation>
    </message>
    <message>
        <source> concessions</source>
        <translation> concessions</translation>
    </message>
    <message>
        <source>Gives without getting, concessions given for nothing from:</source>
        <translation>Donne sans recevoir, concessions sans contrepartie à partir de&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::HabitsPanel</name>
    <message>
        <source>RQ</source>
        <translation>QR</translation>
    </message>
    <message>
        <source>Whose habits to show</source>
        <translation>Commercial dont afficher les habitudes</translation>
    </message>
    <message>
        <source>How is this computed?</source>
        <translation>Comment est-ce calculé&#xa0;?</translation>
    </message>
    <message>
        <source>RQ per month</source>
        <translation>QR par mois</translation>
    </message>
    <message>
        <source>Coach for:</source>
        <translation>Coach pour&#xa0;:</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>No relational quotient yet: it needs at least one ended deal.</source>
        <translation>Pas encore de quotient relationnel&#xa0;: il faut au moins une affaire terminée.</translation>
    </message>
    <message>
        <source>RQ per month, %1 – %2</source>
        <translation>QR par mois, %1 – %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No ended deals yet for %1.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;When you close a deal with the option you agreed on, or walk away from one, the coach looks at your most recent ended deals and points out habits that are forming: giving in to close (lose/win), pushing customers into a loss (win/lose), forgetting their customer, never walking away. Each flag names the deals that show it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucune affaire terminée pour l&apos;instant pour %1.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Lorsque vous concluez une affaire avec l&apos;option convenue, ou que vous vous en retirez, le coach examine vos affaires terminées les plus récentes et signale les habitudes qui se forment&#xa0;: céder pour conclure (perdant/gagnant), pousser les clients à perdre (gagnant/perdant), oublier le client de votre client, ne jamais se retirer. Chaque signalement nomme les affaires concernées.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;No habits flagged.&lt;/b&gt; Your last %n ended deal(s) show no pattern of concessions, hard bargains, blind spots or avoided walk-aways. Keep it up.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Aucune habitude signalée.&lt;/b&gt; Votre dernière affaire terminée (%n) ne montre aucune tendance aux concessions, aux négociations dures, aux angles morts ni aux retraits évités. Continuez ainsi.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Aucune habitude signalée.&lt;/b&gt; Vos %n dernières affaires terminées ne montrent aucune tendance aux concessions, aux négociations dures, aux angles morts ni aux retraits évités. Continuez ainsi.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>walked away</source>
        <translation>retrait</translation>
    </message>
    <message>
        <source>How the RQ is computed</source>
        <translation>Comment le QR est calculé</translation>
    </message>
    <message numerus="yes">
        <source>Relational quotient over the last %n month(s).</source>
        <translation>
            <numerusform>Quotient relationnel sur %n mois.</numerusform>
            <numerusform>Quotient relationnel sur les %n derniers mois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended deals counted: %1.</source>
        <translation>Affaires terminées prises en compte&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Coach for salesperson</source>
        <translation>Coach pour le commercial</translation>
    </message>
    <message>
        <source>Habits flagged</source>
        <translation>Habitudes signalées</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No assessed endings yet for %1.&lt;/b&gt; Habits and the RQ need deals whose value for each party is known.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucune fin d&apos;affaire évaluée pour l&apos;instant pour %1.&lt;/b&gt; Les habitudes et le QR nécessitent des affaires dont la valeur pour chaque partie est connue.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>To assess (%1)</source>
        <translation>À évaluer (%1)</translation>
    </message>
    <message>
        <source>These deals ended without a value for each party (won or lost in the CRM, or closed with a value missing), so they count in neither your habits nor your RQ. Open one, reopen it, enter the three values and close it again.</source>
        <translation>Ces affaires se sont terminées sans valeur pour chaque partie (gagnées ou perdues dans le CRM, ou conclues avec une valeur manquante)&#xa0;: elles ne comptent donc ni dans vos habitudes ni dans votre QR. Ouvrez-en une, rouvrez-la, saisissez les trois valeurs et concluez-la à nouveau.</translation>
    </message>
    <message>
        <source>These deals of %1 ended without a value for each party (won or lost in the CRM, or closed with a value missing), so they count in neither the habits nor the RQ above until they are assessed.</source>
        <translation>Ces affaires de %1 se sont terminées sans valeur pour chaque partie (gagnées ou perdues dans le CRM, ou conclues avec une valeur manquante)&#xa0;: elles ne comptent ni dans les habitudes ni dans le QR ci-dessus tant qu&apos;elles ne sont pas évaluées.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::ImportDialog</name>
    <message>
        <source>Deal title</source>
        <translation>Titre de l&apos;affaire</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Date de conclusion</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Won / lost status</source>
        <translation>Statut gagnée / perdue</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Dates like 3/4/2026 are &amp;day first (3 April)</source>
        <translation>Les dates comme 3/4/2026 commencent par le &amp;jour (3 avril)</translation>
    </message>
    <message>
        <source>&amp;Skip bad rows and import the rest</source>
        <translation>Ignorer les lignes invalides et importer le &amp;reste</translation>
    </message>
    <message>
        <source>Import Deals from “%1”</source>
        <translation>Importer des affaires depuis «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>The first deals as they will be imported:</source>
        <translation>Les premières affaires telles qu&apos;elles seront importées&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>None in the rows previewed.</source>
        <translation>Aucune parmi les lignes prévisualisées.</translation>
    </message>
    <message>
        <source>Read as %1. Values for you, your customer and their customer are not in CRM exports: they come in as unknown for you to fill in. Won and lost deals come in as closed with an unknown outcome; lost never counts as walked away.</source>
        <translation>Lu comme %1. Les valeurs pour vous, votre client et le client de votre client ne figurent pas dans les exports CRM&#xa0;: elles arrivent comme inconnues, à vous de les renseigner. Les affaires gagnées et perdues arrivent comme conclues avec un résultat inconnu&#xa0;; une affaire perdue ne compte jamais comme un retrait.</translation>
    </message>
    <message>
        <source>The columns were not recognised. Choose where the file comes from, or pick the columns by hand.</source>
        <translation>Les colonnes n&apos;ont pas été reconnues. Choisissez la provenance du fichier, ou sélectionnez les colonnes à la main.</translation>
    </message>
    <message>
        <source>Importing deals…</source>
        <translation>Import des affaires…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was added.</source>
        <translation>Import annulé&#xa0;: rien n&apos;a été ajouté.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) cannot be read (listed above). Fix them, or choose to skip bad rows.</source>
        <translation>
            <numerusform>Rien n&apos;a été importé&#xa0;: %n ligne ne peut pas être lue (voir ci-dessus). Corrigez-la, ou choisissez d&apos;ignorer les lignes invalides.</numerusform>
            <numerusform>Rien n&apos;a été importé&#xa0;: %n lignes ne peuvent pas être lues (voir ci-dessus). Corrigez-les, ou choisissez d&apos;ignorer les lignes invalides.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Preview of the first deals</source>
        <translation>Aperçu des premières affaires</translation>
    </message>
    <message>
        <source>E&amp;xported from:</source>
        <translation>E&amp;xporté depuis&#xa0;:</translation>
    </message>
    <message>
        <source>As the file&apos;s amounts show</source>
        <translation>Selon les montants du fichier</translation>
    </message>
    <message>
        <source>Point: 1,234.50</source>
        <translation>Point&#xa0;: 1,234.50</translation>
    </message>
    <message>
        <source>Comma: 1.234,50</source>
        <translation>Virgule&#xa0;: 1.234,50</translation>
    </message>
    <message>
        <source>Deci&amp;mal mark:</source>
        <translation>Séparateur &amp;décimal&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) changed in the file in a way Triplewin did not apply: a status that changed in the CRM, or notes edited here. The deals here were kept as they are; the details list each one.</source>
        <translation>
            <numerusform>%n affaire a changé dans le fichier d&apos;une manière que Triplewin n&apos;a pas appliquée&#xa0;: un statut modifié dans le CRM, ou des notes modifiées ici. Les affaires d&apos;ici ont été conservées telles quelles&#xa0;; le détail les liste une par une.</numerusform>
            <numerusform>%n affaires ont changé dans le fichier d&apos;une manière que Triplewin n&apos;a pas appliquée&#xa0;: un statut modifié dans le CRM, ou des notes modifiées ici. Les affaires d&apos;ici ont été conservées telles quelles&#xa0;; le détail les liste une par une.</numerusform>
        </translation>
    </message>
    <message>
        <source>Of the rows previewed: %1</source>
        <translation>Parmi les lignes prévisualisées&#xa0;: %1</translation>
    </message>
    <message>
        <source>This file has no record IDs: a deal imported before is recognised by its owner, title and creation date, so a deal renamed in the CRM comes in as a new one.</source>
        <translation>Ce fichier n&apos;a pas d&apos;identifiants d&apos;enregistrement&#xa0;: une affaire déjà importée est reconnue par son propriétaire, son titre et sa date de création, si bien qu&apos;une affaire renommée dans le CRM arrive comme une nouvelle affaire.</translation>
    </message>
    <message>
        <source>add</source>
        <translation>ajouter</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mettre à jour</translation>
    </message>
    <message>
        <source>leave (unchanged)</source>
        <translation>laisser (inchangée)</translation>
    </message>
    <message>
        <source>keep ours (see below)</source>
        <translation>garder la nôtre (voir ci-dessous)</translation>
    </message>
    <message>
        <source>Import will</source>
        <translation>L&apos;import va</translation>
    </message>
    <message>
        <source>Rows that cannot be imported, and changes that will not be applied</source>
        <translation>Lignes qui ne peuvent pas être importées, et modifications qui ne seront pas appliquées</translation>
    </message>
    <message>
        <source>Rows that cannot be imported, and changes that will not be applied:</source>
        <translation>Lignes qui ne peuvent pas être importées, et modifications qui ne seront pas appliquées&#xa0;:</translation>
    </message>
    <message>
        <source>Deals already here whose change will not be applied:</source>
        <translation>Affaires déjà présentes dont la modification ne sera pas appliquée&#xa0;:</translation>
    </message>
    <message>
        <source>Importing… Nothing is kept until the whole file is in.</source>
        <translation>Import en cours… Rien n&apos;est conservé tant que tout le fichier n&apos;est pas importé.</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Motif de perte</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::JobProgress</name>
    <message>
        <source>“%1” is still running. Wait for it to finish, or cancel it, then try again.</source>
        <translation>«&#xa0;%1&#xa0;» est toujours en cours. Attendez la fin, ou annulez, puis réessayez.</translation>
    </message>
    <message>
        <source>Cancelling… nothing of it will be kept.</source>
        <translation>Annulation… rien n&apos;en sera conservé.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::MainWindow</name>
    <message>
        <source>&amp;New Deal</source>
        <translation>&amp;Nouvelle affaire</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Save Deal</source>
        <translation>&amp;Enregistrer l&apos;affaire</translation>
    </message>
    <message>
        <source>&amp;Move Deal to Trash</source>
        <translation>&amp;Mettre l&apos;affaire à la corbeille</translation>
    </message>
    <message>
        <source>Show &amp;Trash…</source>
        <translation>Afficher la cor&amp;beille…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Add Option</source>
        <translation>Ajouter une &amp;option</translation>
    </message>
    <message>
        <source>Add an option to the open deal (Ctrl+Shift+A)</source>
        <translation>Ajouter une option à l&apos;affaire ouverte (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <source>&amp;Find Deal</source>
        <translation>&amp;Trouver une affaire</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>Your &amp;Name…</source>
        <translation>Votre &amp;nom…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Triplewin</source>
        <translation>À &amp;propos de Triplewin</translation>
    </message>
    <message>
        <source>About Triplewin</source>
        <translation>À propos de Triplewin</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Triplewin %1&lt;/h3&gt;&lt;p&gt;Prepare deals that are good for you, your customer and their customer.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Triplewin %1&lt;/h3&gt;&lt;p&gt;Préparez des affaires bonnes pour vous, votre client et le client de votre client.&lt;/p&gt;&lt;p&gt;Base de données&#xa0;: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Triplewin</source>
        <translation>Triplewin</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Nouvelle affaire</translation>
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
        <translation>Affai&amp;re</translation>
    </message>
    <message>
        <source>&amp;Close Deal…</source>
        <translation>&amp;Conclure l&apos;affaire…</translation>
    </message>
    <message>
        <source>Prepare a Transparent &amp;Walk-Away…</source>
        <translation>&amp;Préparer un retrait transparent…</translation>
    </message>
    <message>
        <source>Walk Away…</source>
        <translation>Se retirer…</translation>
    </message>
    <message>
        <source>&amp;Reopen Deal</source>
        <translation>&amp;Rouvrir l&apos;affaire</translation>
    </message>
    <message>
        <source>Negotiate an ended deal again; its closing stays in the history</source>
        <translation>Renégocier une affaire terminée&#xa0;; sa conclusion reste dans l&apos;historique</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Coach Panel</source>
        <translation>Panneau du &amp;coach</translation>
    </message>
    <message>
        <source>&amp;Coaching Thresholds…</source>
        <translation>&amp;Seuils de coaching…</translation>
    </message>
    <message>
        <source>&amp;Import Deals…</source>
        <translation>&amp;Importer des affaires…</translation>
    </message>
    <message>
        <source>Import a CSV file: Triplewin&apos;s own, or a Salesforce, HubSpot or Pipedrive export</source>
        <translation>Importer un fichier CSV&#xa0;: celui de Triplewin, ou un export Salesforce, HubSpot ou Pipedrive</translation>
    </message>
    <message>
        <source>&amp;Export Deals…</source>
        <translation>E&amp;xporter des affaires…</translation>
    </message>
    <message>
        <source>&amp;Team Review</source>
        <translation>&amp;Revue d&apos;équipe</translation>
    </message>
    <message>
        <source>&amp;Workshop Mode</source>
        <translation>Mode &amp;atelier</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Restored the backup; the previous state is kept as a backup too.</source>
        <translation>Sauvegarde restaurée&#xa0;; l&apos;état précédent est lui aussi conservé comme sauvegarde.</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Start preparing a new deal</source>
        <translation>Commencer à préparer une nouvelle affaire</translation>
    </message>
    <message>
        <source>Save the open deal</source>
        <translation>Enregistrer l&apos;affaire ouverte</translation>
    </message>
    <message>
        <source>Move the open deal to the trash; Undo brings it back</source>
        <translation>Mettre l&apos;affaire ouverte à la corbeille&#xa0;; Annuler la fait revenir</translation>
    </message>
    <message>
        <source>Record the option you agreed on and freeze the outcome</source>
        <translation>Enregistrer l&apos;option convenue et figer le résultat</translation>
    </message>
    <message>
        <source>Prepare an honest walk-away conversation from this deal&apos;s own data, then record it</source>
        <translation>Préparer une conversation de retrait honnête à partir des données de cette affaire, puis l&apos;enregistrer</translation>
    </message>
    <message>
        <source>The whole team&apos;s deal history and dashboard, for sales managers</source>
        <translation>L&apos;historique des affaires et le tableau de bord de toute l&apos;équipe, pour les responsables commerciaux</translation>
    </message>
    <message>
        <source>Demo scenarios to a room in a sandbox; your deals are not shown or changed</source>
        <translation>Présenter des scénarios de démonstration à un groupe dans un bac à sable&#xa0;; vos affaires ne sont ni affichées ni modifiées</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>%1 Saving waits until it is done.</source>
        <translation>%1 L&apos;enregistrement attendra la fin de l&apos;opération.</translation>
    </message>
    <message>
        <source>Quit Triplewin</source>
        <translation>Quitter Triplewin</translation>
    </message>
    <message>
        <source>“%1” is still running. Cancel it and quit? Nothing of it will be kept.</source>
        <translation>«&#xa0;%1&#xa0;» est toujours en cours. L&apos;annuler et quitter&#xa0;? Rien n&apos;en sera conservé.</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>La sauvegarde n&apos;a pas été restaurée.</translation>
    </message>
    <message>
        <source>Work on your team&apos;s shared deals on its PostgreSQL server</source>
        <translation>Travailler sur les affaires partagées de votre équipe, sur son serveur PostgreSQL</translation>
    </message>
    <message>
        <source>Open &amp;Local Database</source>
        <translation>Ouvrir la base &amp;locale</translation>
    </message>
    <message>
        <source>Team server: %1</source>
        <translation>Serveur d&apos;équipe&#xa0;: %1</translation>
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
        <translation>Le serveur d&apos;équipe ne répond pas&#xa0;: les modifications sont conservées sur cet ordinateur</translation>
    </message>
    <message>
        <source>Copy the deals of a database file on this computer to the team server, under your login</source>
        <translation>Copier les affaires d&apos;un fichier de base de données de cet ordinateur vers le serveur d&apos;équipe, sous votre identifiant</translation>
    </message>
    <message>
        <source>Mer&amp;ge a Team Member&apos;s Database…</source>
        <translation>F&amp;usionner la base d&apos;un membre de l&apos;équipe…</translation>
    </message>
    <message>
        <source>&amp;Connect to Team Server…</source>
        <translation>Se &amp;connecter au serveur d&apos;équipe…</translation>
    </message>
    <message>
        <source>Move &amp;Deals to Team Server…</source>
        <translation>&amp;Déplacer les affaires vers le serveur d&apos;équipe…</translation>
    </message>
    <message>
        <source>Ask &amp;Why Before a Questionable Closing</source>
        <translation>Demander &amp;pourquoi avant une conclusion discutable</translation>
    </message>
    <message>
        <source>Closing on an option below your or your customer&apos;s reference point, or on a dominated option, asks for a written reason first</source>
        <translation>Conclure sur une option inférieure à votre point de référence ou à celui de votre client, ou sur une option dominée, demande d&apos;abord un motif écrit</translation>
    </message>
    <message>
        <source>Export Deal &amp;Brief…</source>
        <translation>Exporter la &amp;fiche de préparation…</translation>
    </message>
    <message>
        <source>A one-page PDF of the open deal for the meeting: parties, options, chart, walk-away</source>
        <translation>Un PDF d&apos;une page de l&apos;affaire ouverte pour le rendez-vous&#xa0;: parties, options, graphique, retrait</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>%1 - brief.pdf</source>
        <translation>%1 - brief.pdf</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>Export Deal Brief</source>
        <translation>Exporter la fiche de préparation</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote the brief to %1.</source>
        <translation>Fiche de préparation enregistrée dans %1.</translation>
    </message>
    <message>
        <source>&amp;Ending Reasons…</source>
        <translation>&amp;Motifs de fin…</translation>
    </message>
    <message>
        <source>Edit the short list of reasons offered when a deal ends</source>
        <translation>Modifier la courte liste des motifs proposés à la fin d&apos;une affaire</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>How to prepare a deal, review a team and run a workshop, with the rules in plain words (works offline)</source>
        <translation>Comment préparer une affaire, suivre une équipe et animer un atelier, avec les règles en termes simples (fonctionne hors ligne)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The team server is not answering, so your changes are kept on this computer until it does. Choose the language again when it answers.</source>
        <translation>Le serveur d&apos;équipe ne répond pas&#xa0;: vos modifications sont donc conservées sur cet ordinateur jusqu&apos;à ce qu&apos;il réponde. Choisissez à nouveau la langue lorsqu&apos;il répondra.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::MoveToTrashCommand</name>
    <message>
        <source>Move “%1” to the trash</source>
        <translation>Mettre «&#xa0;%1&#xa0;» à la corbeille</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::OptionsDelegate</name>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::OptionsTable</name>
    <message>
        <source>&amp;Add option</source>
        <translation>A&amp;jouter une option</translation>
    </message>
    <message>
        <source>&amp;Remove option</source>
        <translation>Supprimer l&apos;option</translation>
    </message>
    <message>
        <source>Add an option (Ctrl+Shift+A)</source>
        <translation>Ajouter une option (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <source>Remove the selected option (Ctrl+Shift+Delete); Undo brings it back</source>
        <translation>Supprimer l&apos;option sélectionnée (Ctrl+Maj+Suppr)&#xa0;; Annuler la fait revenir</translation>
    </message>
    <message>
        <source>Option “%1”, %2: %3</source>
        <translation>Option «&#xa0;%1&#xa0;», %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Edit option</source>
        <translation>Modifier l&apos;option</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Ajouter une option</translation>
    </message>
    <message>
        <source>Remove option “%1”</source>
        <translation>Supprimer l&apos;option «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::PartyPreparationPanel</name>
    <message>
        <source>What you need and why, one per line</source>
        <translation>Ce dont vous avez besoin et pourquoi, un par ligne</translation>
    </message>
    <message>
        <source>What your customer needs and why, one per line</source>
        <translation>Ce dont votre client a besoin et pourquoi, un par ligne</translation>
    </message>
    <message>
        <source>What their customers need, one per line</source>
        <translation>Ce dont les clients de votre client ont besoin, un par ligne</translation>
    </message>
    <message>
        <source>e.g. cost plus our minimum margin</source>
        <translation>p. ex. le coût plus notre marge minimale</translation>
    </message>
    <message>
        <source>e.g. the competitor&apos;s quote</source>
        <translation>p. ex. le devis du concurrent</translation>
    </message>
    <message>
        <source>e.g. what they get today</source>
        <translation>p. ex. ce qu&apos;ils obtiennent aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Interests:</source>
        <translation>Intérêts&#xa0;:</translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation>Relation&#xa0;:</translation>
    </message>
    <message>
        <source>How sure:</source>
        <translation>Degré de certitude&#xa0;:</translation>
    </message>
    <message>
        <source>%1: interests</source>
        <translation>%1&#xa0;: intérêts</translation>
    </message>
    <message>
        <source>%1: relationship</source>
        <translation>%1&#xa0;: relation</translation>
    </message>
    <message>
        <source>History, trust, what is at stake next time</source>
        <translation>Historique, confiance, ce qui est en jeu la prochaine fois</translation>
    </message>
    <message>
        <source>%1: %2 based on</source>
        <translation>%1&#xa0;: base de calcul (%2)</translation>
    </message>
    <message>
        <source>%1: how sure</source>
        <translation>%1&#xa0;: degré de certitude</translation>
    </message>
    <message>
        <source>Reference point
based on:</source>
        <translation>Point de référence
fondé sur&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. cost plus margin</source>
        <translation>p. ex. coût + marge</translation>
    </message>
    <message>
        <source>e.g. a rival&apos;s quote</source>
        <translation>p. ex. devis concurrent</translation>
    </message>
    <message>
        <source>e.g. what they have today</source>
        <translation>p. ex. leur offre actuelle</translation>
    </message>
    <message>
        <source>Change how sure for %1 to %2</source>
        <translation>Passer le degré de certitude pour %1 à %2</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::PresenterView</name>
    <message>
        <source>The customer came off worse last time</source>
        <translation>Le client s&apos;en est moins bien sorti la dernière fois</translation>
    </message>
    <message>
        <source>Triplewin Workshop — Presenter</source>
        <translation>Atelier Triplewin — Présentateur</translation>
    </message>
    <message>
        <source>Space / → next    ← back    PgDn / PgUp next / previous scenario    1 2 3 role cards    Esc leave</source>
        <translation>Espace / → suivant    ← retour    Pg.Suiv / Pg.Préc scénario suivant / précédent    1 2 3 cartes de rôle    Esc quitter</translation>
    </message>
    <message>
        <source>No scenarios</source>
        <translation>Aucun scénario</translation>
    </message>
    <message>
        <source>Import a scenario pack first.</source>
        <translation>Importez d&apos;abord un jeu de scénarios.</translation>
    </message>
    <message>
        <source>The deal</source>
        <translation>L&apos;affaire</translation>
    </message>
    <message>
        <source>Your guess</source>
        <translation>Votre pronostic</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>Le résultat</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Débriefing</translation>
    </message>
    <message>
        <source>Scenario %1 of %2 · step %3 of %4: %5</source>
        <translation>Scénario %1 sur %2 · étape %3 sur %4&#xa0;: %5</translation>
    </message>
    <message>
        <source>Role card: %1</source>
        <translation>Carte de rôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(non nommé)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; sells to &lt;b&gt;%2&lt;/b&gt;, who serves &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; vend à &lt;b&gt;%2&lt;/b&gt;, qui sert &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The options on the table:</source>
        <translation>Les options sur la table&#xa0;:</translation>
    </message>
    <message>
        <source>Earlier deals of %1:</source>
        <translation>Affaires précédentes de %1&#xa0;:</translation>
    </message>
    <message>
        <source>walked away transparently</source>
        <translation>retrait en toute transparence</translation>
    </message>
    <message>
        <source>For each option: does each party &lt;b&gt;win&lt;/b&gt;, break &lt;b&gt;even&lt;/b&gt; or &lt;b&gt;lose&lt;/b&gt; against its own walk-away point?</source>
        <translation>Pour chaque option, chaque partie &lt;b&gt;gagne&lt;/b&gt;, est &lt;b&gt;à l&apos;équilibre&lt;/b&gt; ou &lt;b&gt;perd&lt;/b&gt;-elle face à son propre seuil de rupture&#xa0;?</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1&#xa0;: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The coach would flag: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Le coach signalerait&#xa0;: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Confidential — for this role only:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Confidentiel — pour ce rôle uniquement&#xa0;:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Press the same key or Esc to hide this card.</source>
        <translation>Appuyez sur la même touche ou sur Esc pour masquer cette carte.</translation>
    </message>
    <message>
        <source>Concessions so far:</source>
        <translation>Concessions jusqu&apos;ici :</translation>
    </message>
    <message numerus="yes">
        <source>, %n concession(s) given for nothing</source>
        <translation>
            <numerusform>, %n concession sans contrepartie</numerusform>
            <numerusform>, %n concessions sans contrepartie</numerusform>
        </translation>
    </message>
    <message>
        <source>Space / → next    ← back    PgDn / PgUp next / previous scenario    1 2 3 role cards    R room    Esc leave</source>
        <translation>Espace / → suivant    ← retour    Pg.Suiv / Pg.Préc scénario suivant / précédent    1 2 3 cartes de rôle    R salle    Esc quitter</translation>
    </message>
    <message>
        <source>This presenter has no room.</source>
        <translation>Ce présentateur n&apos;a pas de salle.</translation>
    </message>
    <message>
        <source>Open the Room</source>
        <translation>Ouvrir la salle</translation>
    </message>
    <message>
        <source>The room was not opened. %1
Pick another port or network and try again.</source>
        <translation>La salle n&apos;a pas été ouverte. %1
Choisissez un autre port ou un autre réseau et réessayez.</translation>
    </message>
    <message>
        <source>QR code of the room&apos;s address, %1</source>
        <translation>Code QR de l&apos;adresse de la salle, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n joined</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 answered</source>
        <translation>%1 · %2 ayant répondu</translation>
    </message>
    <message>
        <source>The room got every result right.</source>
        <translation>La salle a trouvé tous les résultats.</translation>
    </message>
    <message>
        <source>What the room got most wrong:</source>
        <translation>Là où la salle s&apos;est le plus trompée&#xa0;:</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 answered otherwise; it was &lt;b&gt;%5&lt;/b&gt;.</source>
        <translation>%1, %2&#xa0;: %3 sur %4 ont répondu autrement&#xa0;; la bonne réponse était &lt;b&gt;%5&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>%1 · room %2 · %3</source>
        <translation>%1 · salle %2 · %3</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::ProfileDialog</name>
    <message>
        <source>Welcome to Triplewin</source>
        <translation>Bienvenue dans Triplewin</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Who is preparing deals here? New deals are filed under your name, and closings, walk-aways and coaching notes are signed with it. You can change it later under Settings ▸ Your Name.</source>
        <translation>Qui prépare des affaires ici&#xa0;? Les nouvelles affaires sont classées sous votre nom, et les conclusions, retraits et notes de coaching sont signés de ce nom. Vous pourrez le modifier plus tard dans Paramètres ▸ Votre nom.</translation>
    </message>
    <message>
        <source>New deals are filed under this name, and your closings, walk-aways and coaching notes are signed with it. Deals already recorded keep the name they were recorded with.</source>
        <translation>Les nouvelles affaires sont classées sous ce nom, et vos conclusions, retraits et notes de coaching sont signés de ce nom. Les affaires déjà enregistrées gardent le nom sous lequel elles l&apos;ont été.</translation>
    </message>
    <message>
        <source>e.g. Dana Fischer</source>
        <translation>p. ex. Dana Fischer</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>Deals are filed under your name, and closings, walk-aways and coaching notes are signed with it. It has not been set yet: who are you?</source>
        <translation>Les affaires sont classées sous votre nom, et les conclusions, retraits et notes de coaching sont signés de ce nom. Il n&apos;a pas encore été défini&#xa0;: qui êtes-vous&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::RehearsalView</name>
    <message>
        <source>Rehearse the Walk-Away</source>
        <translation>Répéter le retrait</translation>
    </message>
    <message>
        <source>The script is empty.</source>
        <translation>Le script est vide.</translation>
    </message>
    <message>
        <source>Space or → next step    ← back    Esc leave</source>
        <translation>Espace ou → étape suivante    ← retour    Esc quitter</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Restoring replaces every deal in this database with the backup&apos;s. What it replaces is kept as a backup of its own, so a restore can be undone the same way.</source>
        <translation>La restauration remplace toutes les affaires de cette base de données par celles de la sauvegarde. Ce qu&apos;elle remplace est lui-même conservé comme sauvegarde, si bien qu&apos;une restauration peut être annulée de la même façon.</translation>
    </message>
    <message>
        <source>No backups yet. Triplewin makes one on each day you open a database, and one before every upgrade of its format. They are kept in
%1</source>
        <translation>Aucune sauvegarde pour l&apos;instant. Triplewin en crée une chaque jour où vous ouvrez une base de données, et une avant chaque mise à niveau de son format. Elles sont conservées dans
%1</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Replace every deal in this database with the backup&apos;s? What is there now is kept as a backup first.</source>
        <translation>Remplacer toutes les affaires de cette base de données par celles de la sauvegarde&#xa0;? Le contenu actuel est d&apos;abord conservé comme sauvegarde.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::RoomDialog</name>
    <message>
        <source>Open the Room</source>
        <translation>Ouvrir la salle</translation>
    </message>
    <message>
        <source>Participants vote from their phones on the same network: no account, no app and no internet needed. The room serves only the current scenario&apos;s public text and takes votes; it stops when the presenter closes.</source>
        <translation>Les participants votent depuis leur téléphone, sur le même réseau&#xa0;: sans compte, sans application et sans Internet. La salle ne diffuse que le texte public du scénario en cours et recueille les votes&#xa0;; elle s&apos;arrête à la fermeture du présentateur.</translation>
    </message>
    <message>
        <source>%1 — this computer only (a demo)</source>
        <translation>%1 — cet ordinateur uniquement (démo)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Réseau&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open the Room</source>
        <translation>&amp;Ouvrir la salle</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::RoomResultsView</name>
    <message>
        <source>What the room thought</source>
        <translation>Ce que la salle a pensé</translation>
    </message>
    <message numerus="yes">
        <source>What the room thought (%n answered)</source>
        <translation>
            <numerusform>Ce que la salle a pensé (%n réponse)</numerusform>
            <numerusform>Ce que la salle a pensé (%n réponses)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2; it was %3</source>
        <translation>%1&#xa0;: %2&#xa0;; bonne réponse&#xa0;: %3</translation>
    </message>
    <message>
        <source>it was %1</source>
        <translation>bonne réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Each bar: %1, %2, %3 from left to right; the true answer in green</source>
        <translation>Chaque barre&#xa0;: %1, %2, %3 de gauche à droite&#xa0;; la bonne réponse en vert</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::ScriptDocument</name>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::ServerConnectDialog</name>
    <message>
        <source>Connect to Team Server</source>
        <translation>Se connecter au serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <source>as your login, when empty</source>
        <translation>votre identifiant, si vide</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>Si le serveur le propose</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Required, certificate checked</source>
        <translation>Obligatoire, certificat vérifié</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>from ~/.pgpass when empty</source>
        <translation>depuis ~/.pgpass si vide</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se co&amp;nnecter</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Deals on a team server are shared by the team: you see and change your own, a manager reads everyone&apos;s. Whoever runs the server gives you a login.</source>
        <translation>Les affaires d&apos;un serveur d&apos;équipe sont partagées par l&apos;équipe&#xa0;: vous voyez et modifiez les vôtres, un responsable consulte celles de tous. La personne qui gère le serveur vous fournit un identifiant.</translation>
    </message>
    <message>
        <source>The server wants a password for %1.</source>
        <translation>Le serveur demande un mot de passe pour %1.</translation>
    </message>
    <message>
        <source>The server did not accept the login %1 with this password.</source>
        <translation>Le serveur n&apos;a pas accepté l&apos;identifiant %1 avec ce mot de passe.</translation>
    </message>
    <message>
        <source>your system login, when empty</source>
        <translation>votre identifiant système, si vide</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Every command with a shortcut, as the menus have it now. In a menu, Alt and the underlined letter choose too; in the options table, Tab moves to the next cell you can type in and Enter ends an edit.</source>
        <translation>Toutes les commandes dotées d&apos;un raccourci, telles que les menus les présentent actuellement. Dans un menu, Alt et la lettre soulignée permettent aussi de choisir&#xa0;; dans le tableau des options, Tab passe à la cellule modifiable suivante et Entrée termine une saisie.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::StaleSaveQuestion</name>
    <message>
        <source>Save Deal</source>
        <translation>Enregistrer l&apos;affaire</translation>
    </message>
    <message>
        <source>Save your version as a new deal, or cancel and copy what you need.</source>
        <translation>Enregistrez votre version comme nouvelle affaire, ou annulez et copiez ce dont vous avez besoin.</translation>
    </message>
    <message>
        <source>Reload the stored version (your edits are dropped), overwrite it with yours, or save yours as a new deal next to it.</source>
        <translation>Rechargez la version enregistrée (vos modifications sont perdues), écrasez-la avec la vôtre, ou enregistrez la vôtre comme nouvelle affaire à côté.</translation>
    </message>
    <message>
        <source>Reload Stored Version</source>
        <translation>Recharger la version enregistrée</translation>
    </message>
    <message>
        <source>Overwrite With Mine</source>
        <translation>Écraser avec la mienne</translation>
    </message>
    <message>
        <source>Save Mine as a Copy</source>
        <translation>Enregistrer la mienne comme copie</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::TeamReviewWindow</name>
    <message>
        <source>Team Review — Triplewin</source>
        <translation>Revue d&apos;équipe — Triplewin</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Search deal, customer or salesperson</source>
        <translation>Rechercher une affaire, un client ou un commercial</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>Team Review</source>
        <translation>Revue d&apos;équipe</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>ended deals</source>
        <translation>affaires terminées</translation>
    </message>
    <message>
        <source>Relational quotient per salesperson</source>
        <translation>Quotient relationnel par commercial</translation>
    </message>
    <message>
        <source>RQ</source>
        <translation>QR</translation>
    </message>
    <message>
        <source>&lt;p&gt;No ended deals yet. When the team closes deals or walks away from them, their outcome mix, relational quotient and habits appear here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune affaire terminée pour l&apos;instant. Lorsque l&apos;équipe conclut des affaires ou s&apos;en retire, la répartition des résultats, le quotient relationnel et les habitudes apparaissent ici.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No habits flagged.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune habitude signalée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Deal</source>
        <translation>Ouvrir l&apos;affaire</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Exporter le &amp;rapport…</translation>
    </message>
    <message>
        <source>Save the dashboard as a PDF to share</source>
        <translation>Enregistrer le tableau de bord en PDF pour le partager</translation>
    </message>
    <message>
        <source>Export Team Report</source>
        <translation>Exporter le rapport d&apos;équipe</translation>
    </message>
    <message>
        <source>team-report.pdf</source>
        <translation>team-report.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Team report, %1</source>
        <translation>Rapport d&apos;équipe, %1</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Outcome mix per salesperson, last %n month(s)</source>
        <translation>
            <numerusform>Répartition des résultats par commercial, sur %n mois</numerusform>
            <numerusform>Répartition des résultats par commercial, %n derniers mois</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Filter by outcome</source>
        <translation>Filtrer par résultat</translation>
    </message>
    <message>
        <source>Filter by period</source>
        <translation>Filtrer par période</translation>
    </message>
    <message>
        <source>&amp;Salesperson:</source>
        <translation>&amp;Commercial&#xa0;:</translation>
    </message>
    <message>
        <source>Filter by salesperson</source>
        <translation>Filtrer par commercial</translation>
    </message>
    <message>
        <source>Team deal history</source>
        <translation>Historique des affaires de l&apos;équipe</translation>
    </message>
    <message>
        <source>Habits per salesperson</source>
        <translation>Habitudes par commercial</translation>
    </message>
    <message>
        <source>Outcome mix per salesperson</source>
        <translation>Répartition des résultats par commercial</translation>
    </message>
    <message>
        <source>History and dashboard</source>
        <translation>Historique et tableau de bord</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>no ended deals</source>
        <translation>aucune affaire terminée</translation>
    </message>
    <message>
        <source>%1: RQ %2.</source>
        <translation>%1&#xa0;: QR %2.</translation>
    </message>
    <message>
        <source>%1: no RQ yet.</source>
        <translation>%1&#xa0;: pas encore de QR.</translation>
    </message>
    <message>
        <source>No ended deals yet.</source>
        <translation>Aucune affaire terminée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Deal history</source>
        <translation>Historique des affaires</translation>
    </message>
    <message>
        <source>No deals match the filters.</source>
        <translation>Aucune affaire ne correspond aux filtres.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n deals in the window&apos;s order.</source>
        <translation>
            <numerusform>La première affaire (%n) dans l&apos;ordre de la fenêtre.</numerusform>
            <numerusform>Les %n premières affaires dans l&apos;ordre de la fenêtre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to assess</source>
        <translation>
            <numerusform>%n à évaluer</numerusform>
            <numerusform>%n à évaluer</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>&lt;h2&gt;Why deals ended&lt;/h2&gt;&lt;p&gt;%n deal(s) ended since %1, counted by the main reason given when they were closed or walked away from (or the CRM&apos;s lost reason).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h2&gt;Pourquoi les affaires ont pris fin&lt;/h2&gt;&lt;p&gt;%n affaire terminée depuis %1, comptée selon le motif principal indiqué lors de sa conclusion ou du retrait (ou le motif de perte du CRM).&lt;/p&gt;</numerusform>
            <numerusform>&lt;h2&gt;Pourquoi les affaires ont pris fin&lt;/h2&gt;&lt;p&gt;%n affaires terminées depuis %1, comptées selon le motif principal indiqué lors de leur conclusion ou du retrait (ou le motif de perte du CRM).&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>By outcome</source>
        <translation>Par résultat</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>By salesperson</source>
        <translation>Par commercial</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Why deals ended</source>
        <translation>Pourquoi les affaires ont pris fin</translation>
    </message>
    <message>
        <source>&amp;Why Deals Ended</source>
        <translation>&amp;Pourquoi les affaires ont pris fin</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;No deal ended in the last %n month(s). When the team closes deals or walks away from them, why they ended is counted here, by outcome and by salesperson.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Aucune affaire terminée sur %n mois. Lorsque l&apos;équipe conclut des affaires ou s&apos;en retire, les motifs de fin sont comptés ici, par résultat et par commercial.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Aucune affaire terminée au cours des %n derniers mois. Lorsque l&apos;équipe conclut des affaires ou s&apos;en retire, les motifs de fin sont comptés ici, par résultat et par commercial.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;Value left on the table&lt;/h2&gt;&lt;p&gt;Per salesperson, what the deals they closed since %1 left on the table against each deal&apos;s best option for all (the greatest sum of surpluses where nobody loses), as it stood when each deal closed. Positive: that party could have had more.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Valeur laissée sur la table&lt;/h2&gt;&lt;p&gt;Par commercial, ce que les affaires conclues depuis %1 ont laissé sur la table par rapport à la meilleure option pour tous de chaque affaire (la plus grande somme des excédents sans qu&apos;aucune partie ne perde), telle qu&apos;elle se présentait à la conclusion de chaque affaire. Positif&#xa0;: cette partie aurait pu obtenir davantage.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Closed deals</source>
        <translation>Affaires conclues</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Reading the team&apos;s deals for the dashboard…</source>
        <translation>Lecture des affaires de l&apos;équipe pour le tableau de bord…</translation>
    </message>
    <message>
        <source>Reading the team&apos;s deals…</source>
        <translation>Lecture des affaires de l&apos;équipe…</translation>
    </message>
    <message>
        <source>Team Review — %1 — Triplewin</source>
        <translation>Revue d&apos;équipe — %1 — Triplewin</translation>
    </message>
    <message>
        <source>Team server %1</source>
        <translation>Serveur d&apos;équipe %1</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <source>Delete every deal in the trash for good? This cannot be undone.</source>
        <translation>Supprimer définitivement toutes les affaires de la corbeille&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>The trash is empty. Deals you delete wait here until you empty it.</source>
        <translation>La corbeille est vide. Les affaires que vous supprimez y restent jusqu&apos;à ce que vous la vidiez.</translation>
    </message>
    <message>
        <source>Deals here are kept until you empty the trash. Restore one to bring it back.</source>
        <translation>Les affaires de la corbeille sont conservées jusqu&apos;à ce que vous la vidiez. Restaurez-en une pour la récupérer.</translation>
    </message>
    <message>
        <source>Deals in the trash</source>
        <translation>Affaires dans la corbeille</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::UpgradeProgress</name>
    <message>
        <source>Upgrading “%1” to this version of Triplewin. A backup of it is kept first.</source>
        <translation>Mise à niveau de «&#xa0;%1&#xa0;» vers cette version de Triplewin. Une sauvegarde en est d&apos;abord conservée.</translation>
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
        <translation>Valeur au-dessus du point de référence de chaque partie</translation>
    </message>
    <message>
        <source>Reference point (walk-away line)</source>
        <translation>Point de référence (ligne de rupture)</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Excédent</translation>
    </message>
    <message>
        <source>Three-party value chart</source>
        <translation>Graphique de valeur à trois parties</translation>
    </message>
    <message>
        <source>Option %1, %2: %3.</source>
        <translation>Option %1, %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 %2 (%3 over the reference point).</source>
        <translation>%1 %2 (%3 au-dessus du point de référence).</translation>
    </message>
    <message>
        <source>%1 not assessed.</source>
        <translation>%1 non évalué.</translation>
    </message>
    <message>
        <source>No options yet: add an option to see who wins and who loses.</source>
        <translation>Aucune option pour l&apos;instant&#xa0;: ajoutez une option pour voir qui gagne et qui perd.</translation>
    </message>
    <message>
        <source>Each party&apos;s surplus over its own reference point, per option.</source>
        <translation>L&apos;excédent de chaque partie au-dessus de son propre point de référence, par option.</translation>
    </message>
    <message>
        <source>%1, “%2”: %3, %4 over the %5</source>
        <translation>%1, «&#xa0;%2&#xa0;»&#xa0;: %3, %4 au-dessus (%5)</translation>
    </message>
    <message>
        <source>%1, “%2”: not assessed</source>
        <translation>%1, «&#xa0;%2&#xa0;»&#xa0;: non évalué</translation>
    </message>
    <message>
        <source>Value over each party&apos;s reference point, in %1</source>
        <translation>Valeur au-dessus du point de référence de chaque partie, en %1</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::WalkAwayWizard</name>
    <message>
        <source>Transparent Walk-Away: %1</source>
        <translation>Retrait transparent&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Record Walk-Away</source>
        <translation>Enregistrer le re&amp;trait</translation>
    </message>
    <message>
        <source>&amp;Keep Script</source>
        <translation>&amp;Garder le script</translation>
    </message>
    <message>
        <source>End the deal as walked away: a transparent no deal, counted in favour of your relational quotient</source>
        <translation>Terminer l&apos;affaire par un retrait&#xa0;: une absence d&apos;accord transparente, comptée en faveur de votre quotient relationnel</translation>
    </message>
    <message>
        <source>Keep the script with the deal and close</source>
        <translation>Conserver le script avec l&apos;affaire et fermer</translation>
    </message>
    <message>
        <source>1. Check</source>
        <translation>1. Vérification</translation>
    </message>
    <message>
        <source>The options you explored, and who falls short under each.</source>
        <translation>Les options explorées et, pour chacune, qui n&apos;y trouve pas son compte.</translation>
    </message>
    <message>
        <source>2. Commitment</source>
        <translation>2. Engagement</translation>
    </message>
    <message>
        <source>Start by saying what you are after: an outcome good for both sides.</source>
        <translation>Commencez par dire ce que vous recherchez&#xa0;: un résultat bon pour les deux parties.</translation>
    </message>
    <message>
        <source>3. Transparency</source>
        <translation>3. Transparence</translation>
    </message>
    <message>
        <source>Say what each side needs, and what you tried.</source>
        <translation>Dites ce dont chaque partie a besoin, et ce que vous avez tenté.</translation>
    </message>
    <message>
        <source>4. The proposal</source>
        <translation>4. La proposition</translation>
    </message>
    <message>
        <source>No win/win: propose not to do this deal this time.</source>
        <translation>Pas de gagnant/gagnant&#xa0;: proposez de ne pas faire affaire cette fois-ci.</translation>
    </message>
    <message>
        <source>5. Follow-up</source>
        <translation>5. Suivi</translation>
    </message>
    <message>
        <source>What would need to change for a deal that is good for both sides, and when to talk again.</source>
        <translation>Ce qui devrait changer pour aboutir à une affaire bonne pour les deux parties, et quand en reparler.</translation>
    </message>
    <message>
        <source>e.g. their budget for next year is confirmed, or we can offer a phased roll-out</source>
        <translation>p. ex. leur budget de l&apos;an prochain est confirmé, ou nous pouvons proposer un déploiement progressif</translation>
    </message>
    <message>
        <source>What would need to &amp;change:</source>
        <translation>Ce qui devrait &amp;changer&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Revisit on:</source>
        <translation>&amp;Reprendre contact le&#xa0;:</translation>
    </message>
    <message>
        <source>6. Review</source>
        <translation>6. Relecture</translation>
    </message>
    <message>
        <source>The whole script. Make it your own words; your edits are kept with the deal.</source>
        <translation>Le script complet. Reformulez-le avec vos propres mots&#xa0;; vos modifications sont conservées avec l&apos;affaire.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>E&amp;xporter en PDF…</translation>
    </message>
    <message>
        <source>Re&amp;hearse</source>
        <translation>&amp;Répéter</translation>
    </message>
    <message>
        <source>Start &amp;Over</source>
        <translation>Reco&amp;mmencer</translation>
    </message>
    <message>
        <source>Replace your edits with a script generated from the deal again</source>
        <translation>Remplacer vos modifications par un script régénéré à partir de l&apos;affaire</translation>
    </message>
    <message>
        <source>One step per screen in large type, to practise aloud (Space for the next step)</source>
        <translation>Une étape par écran en grands caractères, pour vous entraîner à voix haute (Espace pour l&apos;étape suivante)</translation>
    </message>
    <message>
        <source>The deal changed after you edited this script. Check the numbers, or choose Start Over to build it again from the current values.</source>
        <translation>L&apos;affaire a changé depuis que vous avez modifié ce script. Vérifiez les chiffres, ou choisissez Recommencer pour le reconstruire à partir des valeurs actuelles.</translation>
    </message>
    <message>
        <source>Leave unticked until you have agreed on a date with the customer</source>
        <translation>Laissez décoché tant que vous n&apos;avez pas convenu d&apos;une date avec le client</translation>
    </message>
    <message>
        <source>Record Walk-Away</source>
        <translation>Enregistrer le retrait</translation>
    </message>
    <message>
        <source>Record that you walked away from “%1”? This ends the deal as a transparent walk-away (a good outcome, never counted as lost); your script is kept, and the deal can be reopened later.</source>
        <translation>Enregistrer votre retrait de «&#xa0;%1&#xa0;»&#xa0;? L&apos;affaire se termine alors par un retrait transparent (un bon résultat, jamais compté comme perdu)&#xa0;; votre script est conservé, et l&apos;affaire pourra être rouverte plus tard.</translation>
    </message>
    <message>
        <source>Revisit on</source>
        <translation>Reprendre contact le</translation>
    </message>
    <message>
        <source>Walk-away script</source>
        <translation>Script de retrait</translation>
    </message>
    <message>
        <source>Export Walk-Away Script</source>
        <translation>Exporter le script de retrait</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Transparent walk-away: %1</source>
        <translation>Retrait transparent&#xa0;: %1</translation>
    </message>
    <message>
        <source>When you record the walk-away, say why it came to this (your manager sees it):</source>
        <translation>En enregistrant le retrait, indiquez pourquoi on en est arrivé là (votre responsable le verra)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::WorkshopWindow</name>
    <message>
        <source>&lt;b&gt;Workshop mode&lt;/b&gt; — a sandbox in memory. Your own deals are not shown and not changed. Press F5 to present; close this window to leave.</source>
        <translation>&lt;b&gt;Mode atelier&lt;/b&gt; — un bac à sable en mémoire. Vos propres affaires ne sont ni affichées ni modifiées. Appuyez sur F5 pour présenter&#xa0;; fermez cette fenêtre pour quitter.</translation>
    </message>
    <message>
        <source>Scenario &amp;title:</source>
        <translation>&amp;Titre du scénario&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Lesson:</source>
        <translation>&amp;Leçon&#xa0;:</translation>
    </message>
    <message>
        <source>Role card: %1</source>
        <translation>Carte de rôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Brief:</source>
        <translation>Consignes&#xa0;:</translation>
    </message>
    <message>
        <source>Confidential:</source>
        <translation>Confidentiel&#xa0;:</translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation>Une question par ligne</translation>
    </message>
    <message>
        <source>&amp;Debrief questions:</source>
        <translation>&amp;Questions de débriefing&#xa0;:</translation>
    </message>
    <message>
        <source>Deal and Options</source>
        <translation>Affaire et options</translation>
    </message>
    <message>
        <source>Story, Roles and Debrief</source>
        <translation>Histoire, rôles et débriefing</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Atelier</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Présenter</translation>
    </message>
    <message>
        <source>Show the selected scenario full screen for the room</source>
        <translation>Afficher le scénario sélectionné en plein écran pour le groupe</translation>
    </message>
    <message>
        <source>&amp;Import Pack…</source>
        <translation>&amp;Importer un jeu…</translation>
    </message>
    <message>
        <source>&amp;Save Pack</source>
        <translation>&amp;Enregistrer le jeu</translation>
    </message>
    <message>
        <source>&amp;Export Pack…</source>
        <translation>E&amp;xporter le jeu…</translation>
    </message>
    <message>
        <source>Open the &amp;Bundled Scenarios</source>
        <translation>Ouvrir les scénarios &amp;fournis</translation>
    </message>
    <message>
        <source>&amp;Leave Workshop Mode</source>
        <translation>&amp;Quitter le mode atelier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>The scenario pack was not opened; the current pack is unchanged.
%1</source>
        <translation>Le jeu de scénarios n&apos;a pas été ouvert&#xa0;; le jeu actuel n&apos;a pas changé.
%1</translation>
    </message>
    <message>
        <source>The scenario pack could not be loaded into the workshop; the current pack is unchanged.
%1</source>
        <translation>Le jeu de scénarios n&apos;a pas pu être chargé dans l&apos;atelier&#xa0;; le jeu actuel n&apos;a pas changé.
%1</translation>
    </message>
    <message>
        <source>Give the scenario a title.</source>
        <translation>Donnez un titre au scénario.</translation>
    </message>
    <message>
        <source>The pack was not saved to “%1”: %2</source>
        <translation>Le jeu n&apos;a pas été enregistré dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved the pack to %1</source>
        <translation>Jeu enregistré dans %1</translation>
    </message>
    <message>
        <source>Export Scenario Pack</source>
        <translation>Exporter le jeu de scénarios</translation>
    </message>
    <message>
        <source>Scenario packs (*.json)</source>
        <translation>Jeux de scénarios (*.json)</translation>
    </message>
    <message>
        <source>Import Scenario Pack</source>
        <translation>Importer un jeu de scénarios</translation>
    </message>
    <message>
        <source>Scenario packs (*.json);;All files (*)</source>
        <translation>Jeux de scénarios (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save the Scenario Pack?</source>
        <translation>Enregistrer le jeu de scénarios&#xa0;?</translation>
    </message>
    <message>
        <source>The scenarios were edited in this workshop. Save the pack first?</source>
        <translation>Les scénarios ont été modifiés dans cet atelier. Enregistrer d&apos;abord le jeu&#xa0;?</translation>
    </message>
    <message>
        <source>%1[*] — Triplewin Workshop</source>
        <translation>%1[*] — Atelier Triplewin</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>%1: name</source>
        <translation>%1&#xa0;: nom</translation>
    </message>
    <message>
        <source>%1: brief</source>
        <translation>%1&#xa0;: consignes</translation>
    </message>
    <message>
        <source>%1: confidential notes</source>
        <translation>%1&#xa0;: notes confidentielles</translation>
    </message>
    <message>
        <source>Story, roles and debrief</source>
        <translation>Histoire, rôles et débriefing</translation>
    </message>
    <message>
        <source>Workshop mode: the walk-away is rehearsed, not recorded.</source>
        <translation>Mode atelier : le retrait est répété, pas enregistré.</translation>
    </message>
    <message>
        <source>Export &amp;Room Results…</source>
        <translation>Exporter les &amp;résultats de la salle…</translation>
    </message>
    <message>
        <source>Save what the room answered on its phones, as CSV or JSON</source>
        <translation>Enregistrer les réponses données par la salle sur les téléphones, en CSV ou en JSON</translation>
    </message>
    <message>
        <source>The room has no results yet: open the room in the presenter (R) and let it vote on a scenario&apos;s guess step.</source>
        <translation>La salle n&apos;a pas encore de résultats&#xa0;: ouvrez la salle dans le présentateur (R) et faites-la voter à l&apos;étape «&#xa0;Votre pronostic&#xa0;» d&apos;un scénario.</translation>
    </message>
    <message>
        <source>Export Room Results</source>
        <translation>Exporter les résultats de la salle</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Fichiers CSV (*.csv);;Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>The room&apos;s results were not saved to “%1”: %2</source>
        <translation>Les résultats de la salle n&apos;ont pas été enregistrés dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved the room&apos;s results to %1</source>
        <translation>Résultats de la salle enregistrés dans %1</translation>
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
        <translation>La base de données des affaires n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>Choose Another File…</source>
        <translation>Choisir un autre fichier…</translation>
    </message>
    <message>
        <source>Open or Create a Deal Database</source>
        <translation>Ouvrir ou créer une base de données d&apos;affaires</translation>
    </message>
    <message>
        <source>Triplewin databases (*.sqlite *.db)</source>
        <translation>Bases de données Triplewin (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Prepare deals that are good for you, your customer and their customer.</source>
        <translation>Préparez des affaires bonnes pour vous, votre client et le client de votre client.</translation>
    </message>
    <message>
        <source>Open or create the deal database at &lt;path&gt; instead of the default (%1).</source>
        <translation>Ouvrir ou créer la base de données des affaires à l&apos;emplacement &lt;path&gt; au lieu de l&apos;emplacement par défaut (%1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>The deal database (default: %1).</source>
        <translation>La base de données des affaires (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Sortie au format JSON.</translation>
    </message>
    <message>
        <source>Only this salesperson.</source>
        <translation>Uniquement ce commercial.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>unknown command “%1”.</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--months takes a number from 1 to 120, not “%1”.</source>
        <translation>--months attend un nombre de 1 à 120, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>there is no database at “%1”.</source>
        <translation>aucune base de données à l&apos;emplacement «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>unexpected argument “%1”.</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>habit flags per salesperson, with the deals that show them</source>
        <translation>signalements d&apos;habitudes par commercial, avec les affaires concernées</translation>
    </message>
    <message>
        <source>relational quotient per salesperson, overall and per month</source>
        <translation>quotient relationnel par commercial, global et par mois</translation>
    </message>
    <message>
        <source>Usage: triplewin-cli COMMAND [options]

Commands:
</source>
        <translation>Utilisation&#xa0;: triplewin-cli COMMAND [options]

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>
`triplewin-cli COMMAND --help` shows a command&apos;s options.
</source>
        <translation>
`triplewin-cli COMMAND --help` affiche les options d&apos;une commande.
</translation>
    </message>
    <message>
        <source>give exactly one command, before its options.</source>
        <translation>indiquez exactement une commande, avant ses options.</translation>
    </message>
    <message>
        <source>Merged “%1” into “%2”:</source>
        <translation>«&#xa0;%1&#xa0;» fusionné dans «&#xa0;%2&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 changed only here (kept), %5 in the source&apos;s trash (skipped)</source>
        <translation>%1 ajoutées, %2 mises à jour, %3 inchangées, %4 modifiées seulement ici (conservées), %5 dans la corbeille de la source (ignorées)</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Aucun conflit.</translation>
    </message>
    <message>
        <source>%1 conflict(s), left as they are here:</source>
        <translation>%1 conflit(s), laissé(s) en l&apos;état ici&#xa0;:</translation>
    </message>
    <message>
        <source>here: revision %1, changed %2; in the source: revision %3, changed %4</source>
        <translation>ici&#xa0;: révision %1, modifiée le %2&#xa0;; dans la source&#xa0;: révision %3, modifiée le %4</translation>
    </message>
    <message>
        <source>The source file is only read. Exit code 0 when the merge was saved, even with conflicts (they are listed); 1 when nothing was merged.</source>
        <translation>Le fichier source est uniquement lu. Code de sortie 0 si la fusion a été enregistrée, même avec des conflits (ils sont listés)&#xa0;; 1 si rien n&apos;a été fusionné.</translation>
    </message>
    <message>
        <source>Another member&apos;s Triplewin database file.</source>
        <translation>Le fichier de base de données Triplewin d&apos;un autre membre.</translation>
    </message>
    <message>
        <source>name the file to merge.</source>
        <translation>indiquez le fichier à fusionner.</translation>
    </message>
    <message>
        <source>merge another member&apos;s Triplewin file: new deals added, conflicts reported, never overwritten</source>
        <translation>fusionner le fichier Triplewin d&apos;un autre membre&#xa0;: nouvelles affaires ajoutées, conflits signalés, jamais écrasés</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>Le fichier CSV.</translation>
    </message>
    <message>
        <source>The file&apos;s origin: triplewin, salesforce, hubspot or pipedrive (default: recognised from the header row).</source>
        <translation>La provenance du fichier&#xa0;: triplewin, salesforce, hubspot ou pipedrive (par défaut&#xa0;: reconnue d&apos;après la ligne d&apos;en-tête).</translation>
    </message>
    <message>
        <source>Import the good rows and list the bad ones (default: import nothing when any row is bad).</source>
        <translation>Importer les lignes valides et lister les invalides (par défaut&#xa0;: ne rien importer si une ligne est invalide).</translation>
    </message>
    <message>
        <source>Read dates such as 3/4/2026 as day/month (default: month/day).</source>
        <translation>Lire les dates telles que 3/4/2026 comme jour/mois (par défaut&#xa0;: mois/jour).</translation>
    </message>
    <message>
        <source>Currency of amounts without one (default: EUR).</source>
        <translation>Devise des montants qui n&apos;en indiquent pas (par défaut&#xa0;: EUR).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>give exactly one CSV file to import.</source>
        <translation>indiquez exactement un fichier CSV à importer.</translation>
    </message>
    <message>
        <source>unknown preset “%1”.</source>
        <translation>préréglage inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--currency takes a three-letter code such as EUR or USD, not “%1”.</source>
        <translation>--currency attend un code à trois lettres tel que EUR ou USD, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2.</source>
        <translation>impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n bad row(s):</source>
        <translation>
            <numerusform>%n ligne invalide ignorée&#xa0;:</numerusform>
            <numerusform>%n lignes invalides ignorées&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported: %n row(s) of “%1” cannot be imported. Fix them, or pass --skip-bad-rows to import the others.</source>
        <translation>
            <numerusform>rien n&apos;a été importé&#xa0;: %n ligne de «&#xa0;%1&#xa0;» ne peut pas être importée. Corrigez-la, ou passez --skip-bad-rows pour importer les autres.</numerusform>
            <numerusform>rien n&apos;a été importé&#xa0;: %n lignes de «&#xa0;%1&#xa0;» ne peuvent pas être importées. Corrigez-les, ou passez --skip-bad-rows pour importer les autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was imported.</source>
        <translation>l&apos;import a été annulé&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>csv or json (default: csv).</source>
        <translation>csv ou json (par défaut&#xa0;: csv).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Write to this file instead of stdout.</source>
        <translation>Écrire dans ce fichier au lieu de stdout.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>--format takes csv or json, not “%1”.</source>
        <translation>--format attend csv ou json, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2.</source>
        <translation>impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n deal(s) to %1.</source>
        <translation>
            <numerusform>%n affaire exportée vers %1.</numerusform>
            <numerusform>%n affaires exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>import deals from a Triplewin, Salesforce, HubSpot or Pipedrive CSV</source>
        <translation>importer des affaires depuis un CSV Triplewin, Salesforce, HubSpot ou Pipedrive</translation>
    </message>
    <message>
        <source>export every deal as CSV or JSON</source>
        <translation>exporter toutes les affaires en CSV ou JSON</translation>
    </message>
    <message>
        <source>Start in workshop mode (a sandbox: your deal database is not opened) with the scenario pack PACK, or the bundled scenarios.</source>
        <translation>Démarrer en mode atelier (un bac à sable&#xa0;: votre base de données d&apos;affaires n&apos;est pas ouverte) avec le jeu de scénarios PACK, ou avec les scénarios fournis.</translation>
    </message>
    <message>
        <source>With --workshop: a scenario pack (.json).</source>
        <translation>Avec --workshop&#xa0;: un jeu de scénarios (.json).</translation>
    </message>
    <message>
        <source>Only one scenario pack can be given, and only with --workshop.
</source>
        <translation>Un seul jeu de scénarios peut être indiqué, et uniquement avec --workshop.
</translation>
    </message>
    <message>
        <source>Triplewin Workshop</source>
        <translation>Atelier Triplewin</translation>
    </message>
    <message>
        <source>The bundled scenarios are open instead.</source>
        <translation>Les scénarios fournis sont ouverts à la place.</translation>
    </message>
    <message>
        <source>“%1” uses an older format (schema %2). Open it once in Triplewin to upgrade it (a backup is kept), then run this again.</source>
        <translation>«&#xa0;%1&#xa0;» utilise un ancien format (schéma %2). Ouvrez-le une fois dans Triplewin pour le mettre à niveau (une sauvegarde est conservée), puis relancez cette commande.</translation>
    </message>
    <message>
        <source>Report what the import would add, update and leave, and change nothing.</source>
        <translation>Indiquer ce que l&apos;import ajouterait, mettrait à jour et laisserait, sans rien modifier.</translation>
    </message>
    <message>
        <source>Dry run, nothing was changed. From %1, the import would give: %2</source>
        <translation>Simulation, rien n&apos;a été modifié. Depuis %1, l&apos;import donnerait&#xa0;: %2</translation>
    </message>
    <message>
        <source>Imported from %1: %2</source>
        <translation>Importé depuis %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not applied (the deal here was kept as it is):</source>
        <translation>Non appliqué (l&apos;affaire d&apos;ici a été conservée telle quelle)&#xa0;:</translation>
    </message>
    <message>
        <source>The decimal mark of the file&apos;s amounts, . or , (default: what the file&apos;s amounts show; an amount like 1,234 that nothing settles is a bad row).</source>
        <translation>Le séparateur décimal des montants du fichier, . ou , (par défaut&#xa0;: celui qu&apos;indiquent les montants du fichier&#xa0;; un montant comme 1,234 que rien ne permet de trancher est une ligne invalide).</translation>
    </message>
    <message>
        <source>mark</source>
        <translation>séparateur</translation>
    </message>
    <message>
        <source>--decimal takes . or , (the mark before the cents), not “%1”.</source>
        <translation>--decimal attend . ou , (le séparateur avant les centimes), et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Upgrading “%1” to this version of Triplewin: step %2 of %3</source>
        <translation>Mise à niveau de «&#xa0;%1&#xa0;» vers cette version de Triplewin&#xa0;: étape %2 sur %3</translation>
    </message>
    <message>
        <source>“%1” uses an older format (schema %2), and a dry run changes nothing, not even that. Open it once in Triplewin to upgrade it (a backup is kept), then run this again.</source>
        <translation>«&#xa0;%1&#xa0;» utilise un ancien format (schéma %2), et une simulation ne modifie rien, pas même cela. Ouvrez-le une fois dans Triplewin pour le mettre à niveau (une sauvegarde est conservée), puis relancez cette commande.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>The server as a libpq connection string, e.g. &quot;host=db.example.com dbname=sales user=admin sslmode=require&quot; (default: the PG* environment variables). No password in it: it is asked for, or read from ~/.pgpass or PGPASSWORD.</source>
        <translation>Le serveur sous forme de chaîne de connexion libpq, p. ex. &quot;host=db.example.com dbname=sales user=admin sslmode=require&quot; (par défaut&#xa0;: les variables d&apos;environnement PG*). Sans mot de passe&#xa0;: il est demandé, ou lu dans ~/.pgpass ou PGPASSWORD.</translation>
    </message>
    <message>
        <source>conninfo</source>
        <translation>conninfo</translation>
    </message>
    <message>
        <source>add-user: salesperson or manager.</source>
        <translation>add-user&#xa0;: salesperson ou manager.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>add-user: read the new login&apos;s password from the first line of standard input (default: the login authenticates as the server&apos;s pg_hba.conf says, e.g. by its operating-system user).</source>
        <translation>add-user&#xa0;: lire le mot de passe du nouvel identifiant sur la première ligne de l&apos;entrée standard (par défaut&#xa0;: l&apos;identifiant s&apos;authentifie comme l&apos;indique le pg_hba.conf du serveur, p. ex. par son utilisateur du système d&apos;exploitation).</translation>
    </message>
    <message>
        <source>add-user: the login</source>
        <translation>add-user&#xa0;: l&apos;identifiant</translation>
    </message>
    <message>
        <source>init takes no further arguments.</source>
        <translation>init n&apos;accepte pas d&apos;autres arguments.</translation>
    </message>
    <message>
        <source>The team server is set up (schema %1, roles triplewin_salesperson and triplewin_manager, row-level security on every table).</source>
        <translation>Le serveur d&apos;équipe est configuré (schéma %1, rôles triplewin_salesperson et triplewin_manager, sécurité au niveau des lignes sur chaque table).</translation>
    </message>
    <message>
        <source>add-user needs the login&apos;s name.</source>
        <translation>add-user a besoin du nom de l&apos;identifiant.</translation>
    </message>
    <message>
        <source>give --role salesperson or --role manager.</source>
        <translation>indiquez --role salesperson ou --role manager.</translation>
    </message>
    <message>
        <source>--password-stdin read an empty line.</source>
        <translation>--password-stdin a lu une ligne vide.</translation>
    </message>
    <message>
        <source>“%1” is a %2 on the team server.</source>
        <translation>«&#xa0;%1&#xa0;» a le rôle %2 sur le serveur d&apos;équipe.</translation>
    </message>
    <message>
        <source>unknown action “%1”.</source>
        <translation>action inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>set up a team&apos;s PostgreSQL server: schema, roles, policies, logins</source>
        <translation>configurer le serveur PostgreSQL d&apos;une équipe&#xa0;: schéma, rôles, politiques, identifiants</translation>
    </message>
    <message>
        <source>Work on a team server instead of a file: a libpq connection string (&quot;host=db.example.com dbname=sales user=dana sslmode=require&quot;); what it leaves out comes from the PG* environment variables, the password from ~/.pgpass, PGPASSWORD or a prompt.</source>
        <translation>Travailler sur un serveur d&apos;équipe au lieu d&apos;un fichier&#xa0;: une chaîne de connexion libpq (&quot;host=db.example.com dbname=sales user=dana sslmode=require&quot;)&#xa0;; ce qu&apos;elle omet provient des variables d&apos;environnement PG*, le mot de passe de ~/.pgpass, de PGPASSWORD ou d&apos;une invite.</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>connection</translation>
    </message>
    <message>
        <source>give either --db or --server, not both.</source>
        <translation>indiquez soit --db, soit --server, pas les deux.</translation>
    </message>
    <message>
        <source>merging into a team server is not supported; merge into a database file (--db).</source>
        <translation>la fusion vers un serveur d&apos;équipe n&apos;est pas prise en charge&#xa0;; fusionnez vers un fichier de base de données (--db).</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Mot de passe pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>The team server cannot be reached.</source>
        <translation>Le serveur d&apos;équipe est injoignable.</translation>
    </message>
    <message>
        <source>The team server could not be opened.</source>
        <translation>Le serveur d&apos;équipe n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Your local database is still there to work on.</source>
        <translation>Votre base de données locale reste disponible pour travailler.</translation>
    </message>
    <message>
        <source>Open Local Database</source>
        <translation>Ouvrir la base de données locale</translation>
    </message>
    <message>
        <source>Open the team server &lt;connection&gt; (a libpq connection string such as &quot;host=db.example.com dbname=sales user=dana&quot;; the password from ~/.pgpass, PGPASSWORD or a prompt) instead of the deal database.</source>
        <translation>Ouvrir le serveur d&apos;équipe &lt;connection&gt; (une chaîne de connexion libpq telle que &quot;host=db.example.com dbname=sales user=dana&quot;&#xa0;; le mot de passe provient de ~/.pgpass, de PGPASSWORD ou d&apos;une invite) au lieu de la base de données des affaires.</translation>
    </message>
    <message>
        <source>Sets up a team&apos;s PostgreSQL server.
  init               create the schema, the group roles and the row-level security policies (again: changes nothing)
  add-user NAME      give login NAME a role (--role), creating the login when it does not exist
  push               copy the deals of a personal database (--db) to the server, as your login
  pull               copy your deals on the server into a database file (--db) for offline work</source>
        <translation>Configure le serveur PostgreSQL d&apos;une équipe.
  init               crée le schéma, les rôles de groupe et les politiques de sécurité au niveau des lignes (une seconde fois&#xa0;: ne change rien)
  add-user NOM       attribue un rôle (--role) à l&apos;identifiant NOM, en créant l&apos;identifiant s&apos;il n&apos;existe pas
  push               copie les affaires d&apos;une base de données personnelle (--db) vers le serveur, sous votre identifiant
  pull               copie vos affaires du serveur dans un fichier de base de données (--db) pour travailler hors ligne</translation>
    </message>
    <message>
        <source>push and pull: the database file (default: %1). Pushing only reads it; pulling creates it when it does not exist.</source>
        <translation>push et pull&#xa0;: le fichier de base de données (par défaut&#xa0;: %1). push ne fait que le lire&#xa0;; pull le crée s&apos;il n&apos;existe pas.</translation>
    </message>
    <message>
        <source>init, add-user, push or pull</source>
        <translation>init, add-user, push ou pull</translation>
    </message>
    <message>
        <source>%1 takes no further arguments.</source>
        <translation>%1 n&apos;accepte pas d&apos;autres arguments.</translation>
    </message>
    <message>
        <source>What was copied before stays; running the command again copies the rest.</source>
        <translation>Ce qui a été copié auparavant est conservé&#xa0;; relancer la commande copie le reste.</translation>
    </message>
    <message>
        <source>Pushed %1 to %2: %3 added, %4 updated, %5 unchanged, %6 not moved.</source>
        <translation>%1 envoyé vers %2&#xa0;: %3 ajoutées, %4 mises à jour, %5 inchangées, %6 non déplacées.</translation>
    </message>
    <message>
        <source>Pulled %2 into %1: %3 added, %4 updated, %5 unchanged, %6 not moved.</source>
        <translation>%2 récupéré dans %1&#xa0;: %3 ajoutées, %4 mises à jour, %5 inchangées, %6 non déplacées.</translation>
    </message>
    <message>
        <source>give an action: init, add-user, push or pull.</source>
        <translation>indiquez une action&#xa0;: init, add-user, push ou pull.</translation>
    </message>
    <message>
        <source>The deal&apos;s uuid (as exports list it).</source>
        <translation>L&apos;uuid de l&apos;affaire (tel que listé dans les exports).</translation>
    </message>
    <message>
        <source>uuid</source>
        <translation>uuid</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>a4 or letter (default: the locale&apos;s, Letter in the US and Canada).</source>
        <translation>a4 ou letter (par défaut&#xa0;: celui de la langue du système, Letter aux États-Unis et au Canada).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <source>--deal names the deal (its uuid).</source>
        <translation>--deal désigne l&apos;affaire (son uuid).</translation>
    </message>
    <message>
        <source>--output names the PDF file to write.</source>
        <translation>--output désigne le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>--page takes a4 or letter, not “%1”.</source>
        <translation>--page attend a4 ou letter, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>no deal with the uuid “%1” in this database.</source>
        <translation>aucune affaire avec l&apos;uuid «&#xa0;%1&#xa0;» dans cette base de données.</translation>
    </message>
    <message>
        <source>Wrote the brief of “%1” to %2.</source>
        <translation>Fiche de préparation de «&#xa0;%1&#xa0;» écrite dans %2.</translation>
    </message>
    <message>
        <source>write a deal&apos;s one-page brief as a PDF</source>
        <translation>écrire la fiche de préparation d&apos;une page d&apos;une affaire au format PDF</translation>
    </message>
    <message>
        <source>The last &lt;n&gt; months (default 12).</source>
        <translation>Les &lt;n&gt; derniers mois (12 par défaut).</translation>
    </message>
    <message>
        <source>why deals ended, by how they ended and by salesperson</source>
        <translation>pourquoi les affaires ont pris fin, selon leur mode de fin et par commercial</translation>
    </message>
</context>
</TS>
