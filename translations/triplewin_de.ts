<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Triplewin::Core::Amount</name>
    <message>
        <source>That amount is too large: the limit is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number. Enter an amount such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a finite amount, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most two decimals (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::Database</name>
    <message>
        <source>Reading the database failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the database version failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting to save failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triplewin cannot read “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Triplewin database (it is not an SQLite file). Choose another file; this one was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is read-only, so Triplewin cannot save deals in it. Make the file writable or choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triplewin cannot create the folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triplewin cannot create “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: another program is using the database. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database file cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Triplewin (schema %2; this version knows up to %3). It was left untouched: update Triplewin to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is cut short (%2 bytes where its header promises more), for example by an interrupted copy or a full disk. It was left as it is; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::Deal</name>
    <message>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walked away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the deal a title before saving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as EUR or USD, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::DealListModel</name>
    <message>
        <source>%1 (salesperson: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::DealRepository</name>
    <message>
        <source>The database holds a value Triplewin cannot read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the deal failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the deal failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount in option “%1” is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no longer in the database (it was deleted or moved to the trash). Save it as a new deal instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed elsewhere after you opened it. Reload it to see those changes, or save yours as a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That deal is no longer in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status “%1” of deal “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party “%1” in option “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount out of range in option “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the deals failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the deals failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving the deal failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That deal is not in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That deal is no longer in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emptying the trash failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::OptionsModel</name>
    <message>
        <source>Not assessed yet: type an estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against a %2 of %3 (even within ±%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An option needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::Outcome</name>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lose/lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lose/win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>win/lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>win/win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>win-win-win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate the value for you and your customer to see the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both you and your customer would be worse off than without this deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A concession: your customer gains and you fall below your walk-away point. Concessions become habits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hard bargain: you gain and your customer falls below their best alternative. It works once; they will not come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good for you and for your customer. Can it also help their customer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good for you, your customer and their customer: the best kind of deal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::Party</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk-away point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status quo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Triplewin::Core::Result</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>even</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>win</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::DealEditor</name>
    <message>
        <source>Required, e.g. Fleet renewal 2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you are selling to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who your customer serves, e.g. their patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-letter currency code (ISO 4217) for every amount of this deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything worth remembering before the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heir customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales&amp;person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currenc&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpected close:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options: one row per way the deal could be struck</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::DealListPanel</name>
    <message>
        <source>Search title or customer (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deal matches this search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved deals yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::MainWindow</name>
    <message>
        <source>&amp;New Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start preparing a new deal (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the open deal (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move Deal to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the open deal to the trash (Ctrl+Delete); Undo brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an option to the open deal (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;Name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Triplewin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Triplewin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Triplewin %1&lt;/h3&gt;&lt;p&gt;Prepare deals that are good for you, your customer and their customer.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deal: give it a title, then add the options you could offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No deals yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Create your first deal with &lt;b&gt;New Deal&lt;/b&gt; (Ctrl+N): give it a title, add the options you could offer, and estimate what each option is worth to you, your customer and their customer. Triplewin shows who wins and who loses under each option.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No deal is open.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Pick a deal from the list on the left, or start a new one with &lt;b&gt;New Deal&lt;/b&gt; (Ctrl+N).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triplewin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Triplewin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Move it to the trash without saving them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved “%1” to the trash. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored “%1” from the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deals are filed under this salesperson name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::MoveToTrashCommand</name>
    <message>
        <source>Move “%1” to the trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::OptionsDelegate</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::OptionsTable</name>
    <message>
        <source>&amp;Add option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an option (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected option (Ctrl+Shift+Delete); Undo brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option “%1”, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove option “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every deal in the trash for good? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty. Deals you delete wait here until you empty it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals here are kept until you empty the trash. Restore one to bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Triplewin::Ui::ValueChartView</name>
    <message>
        <source>Value over each party&apos;s reference point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference point (walk-away line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surplus (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Triplewin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal database could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Another File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or Create a Deal Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triplewin databases (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare deals that are good for you, your customer and their customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create the deal database at &lt;path&gt; instead of the default (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
