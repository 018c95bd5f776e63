<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Triplewin::Cli</name>
    <message numerus="yes">
        <source>no habits flagged (last %n ended deal(s))</source>
        <translation>
            <numerusform>no habits flagged (last %n ended deal)</numerusform>
            <numerusform>no habits flagged (last %n ended deals)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Why %n deal(s) ended since %1</source>
        <translation>
            <numerusform>Why %n deal ended since %1</numerusform>
            <numerusform>Why %n deals ended since %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::Backups</name>
    <message numerus="yes">
        <source>The database stayed locked by another program for %n second(s); try again when it is closed.</source>
        <translation>
            <numerusform>The database stayed locked by another program for %n second; try again when it is closed.</numerusform>
            <numerusform>The database stayed locked by another program for %n seconds; try again when it is closed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::DealImporter</name>
    <message numerus="yes">
        <source>%n new deal(s)</source>
        <translation>
            <numerusform>%n new deal</numerusform>
            <numerusform>%n new deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with changes not applied</source>
        <translation>
            <numerusform>%n with changes not applied</numerusform>
            <numerusform>%n with changes not applied</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::Habits</name>
    <message numerus="yes">
        <source>%1 of your last %n closed deal(s)</source>
        <translation>
            <numerusform>%1 of your last %n closed deal</numerusform>
            <numerusform>%1 of your last %n closed deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of your last %n ended deal(s)</source>
        <translation>
            <numerusform>%1 of your last %n ended deal</numerusform>
            <numerusform>%1 of your last %n ended deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2&apos;s last %n closed deal(s)</source>
        <translation>
            <numerusform>%1 of %2&apos;s last %n closed deal</numerusform>
            <numerusform>%1 of %2&apos;s last %n closed deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2&apos;s last %n ended deal(s)</source>
        <translation>
            <numerusform>%1 of %2&apos;s last %n ended deal</numerusform>
            <numerusform>%1 of %2&apos;s last %n ended deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You gave %n concession(s) with nothing received in return. Trade each one (“if you …, then we …”): a concession given for nothing teaches the other side that asking is enough.</source>
        <translation>
            <numerusform>You gave %n concession with nothing received in return. Trade each one (“if you …, then we …”): a concession given for nothing teaches the other side that asking is enough.</numerusform>
            <numerusform>You gave %n concessions with nothing received in return. Trade each one (“if you …, then we …”): a concession given for nothing teaches the other side that asking is enough.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 gave %n concession(s) with nothing received in return. A concession traded for something (“if …, then …”) keeps the other side from learning that asking is enough.</source>
        <translation>
            <numerusform>%1 gave %n concession with nothing received in return. A concession traded for something (“if …, then …”) keeps the other side from learning that asking is enough.</numerusform>
            <numerusform>%1 gave %n concessions with nothing received in return. A concession traded for something (“if …, then …”) keeps the other side from learning that asking is enough.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::RoomVotes</name>
    <message numerus="yes">
        <source>Expected answers for %n option(s).</source>
        <translation>
            <numerusform>Expected answers for %n option.</numerusform>
            <numerusform>Expected answers for %n options.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::ScenarioPack</name>
    <message numerus="yes">
        <source>lists %n deal(s); at most %1 are allowed</source>
        <translation>
            <numerusform>lists %n deal; at most %1 are allowed</numerusform>
            <numerusform>lists %n deals; at most %1 are allowed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::ConcessionLedgerPanel</name>
    <message numerus="yes">
        <source>%n concession(s) given with nothing received in return: %1. Ask for something in return before you give more.</source>
        <translation>
            <numerusform>%n concession given with nothing received in return: %1. Ask for something in return before you give more.</numerusform>
            <numerusform>%n concessions given with nothing received in return: %1. Ask for something in return before you give more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::DealBrief</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::DealTransfer</name>
    <message numerus="yes">
        <source>Exported %n deal(s) to %1.</source>
        <translation>
            <numerusform>Exported %n deal to %1.</numerusform>
            <numerusform>Exported %n deals to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new deal(s)</source>
        <translation>
            <numerusform>%n new deal</numerusform>
            <numerusform>%n new deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed only here, kept</source>
        <translation>
            <numerusform>%n changed only here, kept</numerusform>
            <numerusform>%n changed only here, kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n deal(s) changed on both sides&lt;/b&gt; and left as they are here:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n deal changed on both sides&lt;/b&gt; and left as it is here:&lt;/p&gt;&lt;ul&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n deals changed on both sides&lt;/b&gt; and left as they are here:&lt;/p&gt;&lt;ul&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there, the same</source>
        <translation>
            <numerusform>%n already there, the same</numerusform>
            <numerusform>%n already there, the same</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n deal(s) not moved&lt;/b&gt;, as they differ on the server:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n deal not moved&lt;/b&gt;, as it differs on the server:&lt;/p&gt;&lt;ul&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n deals not moved&lt;/b&gt;, as they differ on the server:&lt;/p&gt;&lt;ul&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::DealViewer</name>
    <message numerus="yes">
        <source>Concessions (%n given for nothing in return):</source>
        <translation>
            <numerusform>Concessions (%n given for nothing in return):</numerusform>
            <numerusform>Concessions (%n given for nothing in return):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::HabitsPanel</name>
    <message numerus="yes">
        <source>Relational quotient over the last %n month(s).</source>
        <translation>
            <numerusform>Relational quotient over the last %n month.</numerusform>
            <numerusform>Relational quotient over the last %n months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;No habits flagged.&lt;/b&gt; Your last %n ended deal(s) show no pattern of concessions, hard bargains, blind spots or avoided walk-aways. Keep it up.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;No habits flagged.&lt;/b&gt; Your %n ended deal so far shows no pattern of concessions, hard bargains, blind spots or avoided walk-aways. Keep it up.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;No habits flagged.&lt;/b&gt; Your last %n ended deals show no pattern of concessions, hard bargains, blind spots or avoided walk-aways. Keep it up.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::ImportDialog</name>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) cannot be read (listed above). Fix them, or choose to skip bad rows.</source>
        <translation>
            <numerusform>Nothing was imported: %n row cannot be read (listed above). Fix them, or choose to skip bad rows.</numerusform>
            <numerusform>Nothing was imported: %n rows cannot be read (listed above). Fix them, or choose to skip bad rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) changed in the file in a way Triplewin did not apply: a status that changed in the CRM, or notes edited here. The deals here were kept as they are; the details list each one.</source>
        <translation>
            <numerusform>%n deal changed in the file in a way Triplewin did not apply: a status that changed in the CRM, or notes edited here. The deal here was kept as it is; the details say why.</numerusform>
            <numerusform>%n deals changed in the file in a way Triplewin did not apply: a status that changed in the CRM, or notes edited here. The deals here were kept as they are; the details list each one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::PresenterView</name>
    <message numerus="yes">
        <source>, %n concession(s) given for nothing</source>
        <translation>
            <numerusform>, %n concession given for nothing</numerusform>
            <numerusform>, %n concessions given for nothing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n joined</source>
        <translation>
            <numerusform>%n joined</numerusform>
            <numerusform>%n joined</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::RoomResultsView</name>
    <message numerus="yes">
        <source>What the room thought (%n answered)</source>
        <translation>
            <numerusform>What the room thought (%n answered)</numerusform>
            <numerusform>What the room thought (%n answered)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::TeamReviewWindow</name>
    <message numerus="yes">
        <source>Outcome mix per salesperson, last %n month(s)</source>
        <translation>
            <numerusform>Outcome mix per salesperson, last %n month</numerusform>
            <numerusform>Outcome mix per salesperson, last %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n deals in the window&apos;s order.</source>
        <translation>
            <numerusform>The first deal in the window&apos;s order.</numerusform>
            <numerusform>The first %n deals in the window&apos;s order.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to assess</source>
        <translation>
            <numerusform>%n to assess</numerusform>
            <numerusform>%n to assess</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;h2&gt;Why deals ended&lt;/h2&gt;&lt;p&gt;%n deal(s) ended since %1, counted by the main reason given when they were closed or walked away from (or the CRM&apos;s lost reason).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h2&gt;Why deals ended&lt;/h2&gt;&lt;p&gt;%n deal ended since %1, counted by the main reason given when it was closed or walked away from (or the CRM&apos;s lost reason).&lt;/p&gt;</numerusform>
            <numerusform>&lt;h2&gt;Why deals ended&lt;/h2&gt;&lt;p&gt;%n deals ended since %1, counted by the main reason given when they were closed or walked away from (or the CRM&apos;s lost reason).&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;No deal ended in the last %n month(s). When the team closes deals or walks away from them, why they ended is counted here, by outcome and by salesperson.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;No deal ended in the last month. When the team closes deals or walks away from them, why they ended is counted here, by outcome and by salesperson.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;No deal ended in the last %n months. When the team closes deals or walks away from them, why they ended is counted here, by outcome and by salesperson.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message numerus="yes">
        <source>Skipped %n bad row(s):</source>
        <translation>
            <numerusform>Skipped %n bad row:</numerusform>
            <numerusform>Skipped %n bad rows:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported: %n row(s) of “%1” cannot be imported. Fix them, or pass --skip-bad-rows to import the others.</source>
        <translation>
            <numerusform>nothing was imported: %n row of “%1” cannot be imported. Fix them, or pass --skip-bad-rows to import the others.</numerusform>
            <numerusform>nothing was imported: %n rows of “%1” cannot be imported. Fix them, or pass --skip-bad-rows to import the others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n deal(s) to %1.</source>
        <translation>
            <numerusform>Exported %n deal to %1.</numerusform>
            <numerusform>Exported %n deals to %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
