<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AlertsPanel</name>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>How many alert rules are firing now</source>
        <translation>Wie viele Alarmregeln gerade ausgelöst sind</translation>
    </message>
    <message>
        <source>The number of alert rules that are firing now, out of all rules for all the jobs they watch. Rules are defined in the &quot;alerts&quot; array of the config file.</source>
        <translation>Die Zahl der gerade ausgelösten Alarmregeln, von allen Regeln für alle Jobs, die sie überwachen. Regeln werden im Array „alerts“ der Konfigurationsdatei festgelegt.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the alert states and events again</source>
        <translation>Alarmzustände und -ereignisse neu lesen</translation>
    </message>
    <message>
        <source>Reads the current state of every alert rule and the recent firings and recoveries from the workspace again.</source>
        <translation>Liest den aktuellen Zustand jeder Alarmregel und die letzten Auslösungen und Erholungen erneut aus dem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Every alert rule for every job it watches, firing ones first</source>
        <translation>Jede Alarmregel für jeden überwachten Job, ausgelöste zuerst</translation>
    </message>
    <message>
        <source>Each alert rule, once per job it watches (a rule for all jobs has one row per job), with its kind, severity, whether it is firing and since when, and the last message it sent.</source>
        <translation>Jede Alarmregel, einmal pro überwachtem Job (eine Regel für alle Jobs hat eine Zeile pro Job), mit Art, Schweregrad, ob sie ausgelöst ist und seit wann, und der letzten gesendeten Meldung.</translation>
    </message>
    <message>
        <source>Recent firings and recoveries</source>
        <translation>Letzte Auslösungen und Erholungen</translation>
    </message>
    <message>
        <source>Alert firings and recoveries, newest first</source>
        <translation>Alarmauslösungen und -erholungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Every time a rule started firing or recovered, newest first, with the measured value and the message its channels received.</source>
        <translation>Jedes Mal, wenn eine Regel ausgelöst wurde oder sich erholt hat, neueste zuerst, mit dem gemessenen Wert und der Meldung, die ihre Kanäle erhielten.</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Filter by time, actor, action, object or detail…</source>
        <translation>Nach Zeit, Akteur, Aktion, Objekt oder Detail filtern…</translation>
    </message>
    <message>
        <source>Show only entries containing this text</source>
        <translation>Nur Einträge zeigen, die diesen Text enthalten</translation>
    </message>
    <message>
        <source>Filters the audit log: only entries whose time, actor, action, object or detail contains the text are shown.</source>
        <translation>Filtert das Audit-Protokoll: Nur Einträge, deren Zeit, Akteur, Aktion, Objekt oder Detail den Text enthält, werden gezeigt.</translation>
    </message>
    <message>
        <source>Who changed what in the workspace, and when</source>
        <translation>Wer was im Arbeitsbereich geändert hat, und wann</translation>
    </message>
    <message>
        <source>Every change to the workspace&apos;s endpoints, mappings and jobs: when, by whom, what was done and to which object. Select an entry to see its detail.</source>
        <translation>Jede Änderung an Endpunkten, Zuordnungen und Jobs des Arbeitsbereichs: wann, von wem, was getan wurde und an welchem Objekt. Wählen Sie einen Eintrag, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>The selected entry&apos;s values before and after</source>
        <translation>Die Werte des ausgewählten Eintrags davor und danach</translation>
    </message>
    <message>
        <source>The selected audit entry in full: the values before and after the change.</source>
        <translation>Der ausgewählte Audit-Eintrag vollständig: die Werte vor und nach der Änderung.</translation>
    </message>
    <message>
        <source>Only entries of this action</source>
        <translation>Nur Einträge dieser Aktion</translation>
    </message>
    <message>
        <source>Narrows the log to one kind of action, for example &quot;conflict.resolve&quot; for every conflict resolution (who, when, which values before and after, which rule).</source>
        <translation>Beschränkt das Protokoll auf eine Art von Aktion, zum Beispiel „conflict.resolve“ für jede Konfliktauflösung (wer, wann, welche Werte davor und danach, welche Regel).</translation>
    </message>
</context>
<context>
    <name>ConflictRulesDialog</name>
    <message>
        <source>Conflict Resolution Rules</source>
        <translation>Regeln zur Konfliktauflösung</translation>
    </message>
    <message>
        <source>The saved rules of this workspace</source>
        <translation>Die gespeicherten Regeln dieses Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Every saved rule, by name. Select one to edit it; the Resolve menu of the Conflicts view offers them all.</source>
        <translation>Jede gespeicherte Regel, nach Name. Wählen Sie eine, um sie zu bearbeiten; das Menü „Auflösen“ der Ansicht Konflikte bietet sie alle an.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Start a new rule</source>
        <translation>Eine neue Regel beginnen</translation>
    </message>
    <message>
        <source>Clears the form for a new rule; Save stores it under its name.</source>
        <translation>Leert das Formular für eine neue Regel; Speichern legt sie unter ihrem Namen ab.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected rule</source>
        <translation>Die ausgewählte Regel löschen</translation>
    </message>
    <message>
        <source>Removes the selected rule from the workspace. Conflicts it resolved stay resolved; the audit log keeps its name.</source>
        <translation>Entfernt die ausgewählte Regel aus dem Arbeitsbereich. Von ihr aufgelöste Konflikte bleiben aufgelöst; das Audit-Protokoll behält ihren Namen.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The rule&apos;s name, as the Resolve menu and the audit log show it</source>
        <translation>Der Name der Regel, wie ihn das Menü „Auflösen“ und das Audit-Protokoll zeigen</translation>
    </message>
    <message>
        <source>A unique name, for example &quot;CRM owns contact data&quot;. Saving under an existing name replaces that rule.</source>
        <translation>Ein eindeutiger Name, zum Beispiel „CRM ist führend für Kontaktdaten“. Speichern unter einem vorhandenen Namen ersetzt diese Regel.</translation>
    </message>
    <message>
        <source>&amp;Decides by:</source>
        <translation>&amp;Entscheidet nach:</translation>
    </message>
    <message>
        <source>How the rule settles each conflict</source>
        <translation>Wie die Regel jeden Konflikt entscheidet</translation>
    </message>
    <message>
        <source>Take source or take target: that side&apos;s row wins (fields changed on one side only still merge). Newest: the row with the later value of a time field wins. Script: a JavaScript function decides, as in a job&apos;s rule policy.</source>
        <translation>Quelle übernehmen oder Ziel übernehmen: Die Zeile dieser Seite gewinnt (nur auf einer Seite geänderte Felder werden trotzdem zusammengeführt). Neueste: Die Zeile mit dem späteren Wert eines Zeitfelds gewinnt. Skript: Eine JavaScript-Funktion entscheidet, wie bei der Regel-Strategie eines Jobs.</translation>
    </message>
    <message>
        <source>&amp;Time field:</source>
        <translation>&amp;Zeitfeld:</translation>
    </message>
    <message>
        <source>updated_at</source>
        <translation>updated_at</translation>
    </message>
    <message>
        <source>Newest: the mapped (target) field whose later value wins</source>
        <translation>Neueste: das zugeordnete (Ziel-)Feld, dessen späterer Wert gewinnt</translation>
    </message>
    <message>
        <source>The field compared by &quot;Newest&quot;, named as in the mapping&apos;s target, for example updated_at. On equal times the source wins; a side that deleted the row loses to the side that still has it.</source>
        <translation>Das von „Neueste“ verglichene Feld, benannt wie im Ziel der Zuordnung, zum Beispiel updated_at. Bei gleichen Zeiten gewinnt die Quelle; eine Seite, die die Zeile gelöscht hat, verliert gegen die Seite, die sie noch hat.</translation>
    </message>
    <message>
        <source>&amp;Script:</source>
        <translation>&amp;Skript:</translation>
    </message>
    <message>
        <source>function (base, source, target, conflict) { return &quot;source&quot;; }</source>
        <translation>function (base, source, target, conflict) { return &quot;source&quot;; }</translation>
    </message>
    <message>
        <source>Script: a JavaScript function (base, source, target, conflict)</source>
        <translation>Skript: eine JavaScript-Funktion (base, source, target, conflict)</translation>
    </message>
    <message>
        <source>Called once per conflict with the base, source and target rows (objects by field name, null when absent) and conflict {kind, key, fields}. Return &quot;source&quot;, &quot;target&quot;, &quot;manual&quot; (leave it pending) or an object with the merged fields&apos; values.</source>
        <translation>Wird einmal pro Konflikt aufgerufen, mit der Basis-, Quell- und Zielzeile (Objekte nach Feldname, null, wenn nicht vorhanden) und conflict {kind, key, fields}. Geben Sie &quot;source&quot;, &quot;target&quot;, &quot;manual&quot; (offen lassen) oder ein Objekt mit den Werten der zusammengeführten Felder zurück.</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>What the rule is for, shown as the menu entry&apos;s tooltip</source>
        <translation>Wofür die Regel da ist, angezeigt als Tooltip des Menüeintrags</translation>
    </message>
    <message>
        <source>A sentence for your colleagues: when to use this rule and why.</source>
        <translation>Ein Satz für Ihre Kollegen: wann diese Regel zu verwenden ist und warum.</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Only the conflicts of this job</source>
        <translation>Nur die Konflikte dieses Jobs</translation>
    </message>
    <message>
        <source>Narrows the list to the conflicts of one two-way job. The choices are the jobs that have pending conflicts.</source>
        <translation>Beschränkt die Liste auf die Konflikte eines bidirektionalen Jobs. Zur Wahl stehen die Jobs mit offenen Konflikten.</translation>
    </message>
    <message>
        <source>Only the conflicts of this entity (source -&gt; target)</source>
        <translation>Nur die Konflikte dieser Entität (Quelle -&gt; Ziel)</translation>
    </message>
    <message>
        <source>Narrows the list to one entity pair, shown as source entity -&gt; target entity.</source>
        <translation>Beschränkt die Liste auf ein Entitätenpaar, angezeigt als Quellentität -&gt; Zielentität.</translation>
    </message>
    <message>
        <source>Only conflicts of this kind</source>
        <translation>Nur Konflikte dieser Art</translation>
    </message>
    <message>
        <source>update/update: both sides changed the row; update/delete: one side changed it, the other deleted it; insert/insert: both sides added a row with the same key.</source>
        <translation>update/update: beide Seiten haben die Zeile geändert; update/delete: eine Seite hat sie geändert, die andere gelöscht; insert/insert: beide Seiten haben eine Zeile mit demselben Schlüssel hinzugefügt.</translation>
    </message>
    <message>
        <source>Only conflicts in which this field changed on both sides</source>
        <translation>Nur Konflikte, in denen sich dieses Feld auf beiden Seiten geändert hat</translation>
    </message>
    <message>
        <source>Narrows the list to conflicts whose fields in conflict include this one.</source>
        <translation>Beschränkt die Liste auf Konflikte, zu deren Konfliktfeldern dieses gehört.</translation>
    </message>
    <message>
        <source>Search keys…</source>
        <translation>Schlüssel suchen…</translation>
    </message>
    <message>
        <source>Show conflicts whose key contains this text (Ctrl+F)</source>
        <translation>Konflikte zeigen, deren Schlüssel diesen Text enthält (Strg+F)</translation>
    </message>
    <message>
        <source>A piece of the key as it is shown, for example &quot;id=42&quot; or &quot;ACME&quot;. Case does not matter; the list follows as you type.</source>
        <translation>Ein Teil des Schlüssels, wie er angezeigt wird, zum Beispiel „id=42“ oder „ACME“. Groß-/Kleinschreibung zählt nicht; die Liste folgt beim Tippen.</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Also list the conflicts snoozed until later</source>
        <translation>Auch die auf später zurückgestellten Konflikte auflisten</translation>
    </message>
    <message>
        <source>A snoozed conflict is hidden from the list until its time comes. Check this to list them too (in italics), for example to un-snooze one.</source>
        <translation>Ein zurückgestellter Konflikt ist bis zu seinem Zeitpunkt aus der Liste ausgeblendet. Kreuzen Sie dies an, um auch sie (kursiv) aufzulisten, etwa um einen zurückzuholen.</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Auflösen</translation>
    </message>
    <message>
        <source>Resolve the selected conflicts by a side or by a saved rule</source>
        <translation>Die ausgewählten Konflikte nach einer Seite oder einer gespeicherten Regel auflösen</translation>
    </message>
    <message>
        <source>Resolves every selected conflict at once: take the source&apos;s row, the target&apos;s row, or apply a saved rule. The rows are written to both sides off the main thread; conflicts a side rejects stay pending and are listed with their error.</source>
        <translation>Löst alle ausgewählten Konflikte auf einmal auf: die Zeile der Quelle, die Zeile des Ziels übernehmen oder eine gespeicherte Regel anwenden. Die Zeilen werden abseits des Hauptthreads auf beide Seiten geschrieben; Konflikte, die eine Seite ablehnt, bleiben offen und werden mit ihrem Fehler aufgeführt.</translation>
    </message>
    <message>
        <source>Select all matching</source>
        <translation>Alle Treffer auswählen</translation>
    </message>
    <message>
        <source>Act on every conflict that matches the filter, loaded or not</source>
        <translation>Auf jeden Konflikt wirken, der zum Filter passt, geladen oder nicht</translation>
    </message>
    <message>
        <source>While checked, Resolve and Snooze apply to every pending conflict that matches the filters and key search, including those not yet loaded in the list.</source>
        <translation>Solange angekreuzt, wirken Auflösen und Zurückstellen auf jeden offenen Konflikt, der zu den Filtern und der Schlüsselsuche passt, auch auf noch nicht geladene.</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Defer the selected conflicts, or bring snoozed ones back</source>
        <translation>Die ausgewählten Konflikte zurückstellen oder zurückgestellte zurückholen</translation>
    </message>
    <message>
        <source>A snoozed conflict leaves the list until the chosen time; runs keep leaving its row alone meanwhile. Un-snooze brings it back at once.</source>
        <translation>Ein zurückgestellter Konflikt verlässt die Liste bis zum gewählten Zeitpunkt; Läufe lassen seine Zeile so lange unberührt. „Zurückholen“ bringt ihn sofort zurück.</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>Regeln…</translation>
    </message>
    <message>
        <source>Create, edit and delete saved resolution rules</source>
        <translation>Gespeicherte Auflösungsregeln anlegen, bearbeiten und löschen</translation>
    </message>
    <message>
        <source>Saved rules settle many conflicts the same way: take source, take target, the newest row by a time field, or a JavaScript function like a job&apos;s rule policy.</source>
        <translation>Gespeicherte Regeln lösen viele Konflikte auf dieselbe Weise: Quelle übernehmen, Ziel übernehmen, die neueste Zeile nach einem Zeitfeld oder eine JavaScript-Funktion wie die Regel-Strategie eines Jobs.</translation>
    </message>
    <message>
        <source>Pending conflicts, oldest first</source>
        <translation>Offene Konflikte, älteste zuerst</translation>
    </message>
    <message>
        <source>Every pending conflict that matches the filters, oldest first; more load as you scroll. Select one to review it on the right; select several (Shift or Ctrl) to resolve or snooze them together.</source>
        <translation>Jeder offene Konflikt, der zu den Filtern passt, älteste zuerst; beim Blättern werden weitere geladen. Wählen Sie einen, um ihn rechts zu prüfen; wählen Sie mehrere (Umschalt oder Strg), um sie gemeinsam aufzulösen oder zurückzustellen.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Letzte Läufe</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Verläufe</translation>
    </message>
    <message>
        <source>&amp;Job:</source>
        <translation>&amp;Job:</translation>
    </message>
    <message>
        <source>Show the charts of one job, or of all jobs together</source>
        <translation>Die Diagramme eines Jobs oder aller Jobs zusammen zeigen</translation>
    </message>
    <message>
        <source>The job whose latency, throughput, failed runs and pending conflicts the charts show. &quot;All jobs&quot; merges every job: latency and throughput over all their runs, the share of all runs that failed, and the sum of their pending conflicts.</source>
        <translation>Der Job, dessen Latenz, Durchsatz, fehlgeschlagene Läufe und offene Konflikte die Diagramme zeigen. „Alle Jobs“ fasst alle Jobs zusammen: Latenz und Durchsatz über alle ihre Läufe, der Anteil aller fehlgeschlagenen Läufe und die Summe ihrer offenen Konflikte.</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>The last hour, minute by minute</source>
        <translation>Die letzte Stunde, Minute für Minute</translation>
    </message>
    <message>
        <source>Charts the last hour. Points are per minute (minute points are kept for 48 hours).</source>
        <translation>Zeigt die letzte Stunde. Ein Punkt pro Minute (Minutenpunkte werden 48 Stunden aufbewahrt).</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>The last 24 hours, minute by minute</source>
        <translation>Die letzten 24 Stunden, Minute für Minute</translation>
    </message>
    <message>
        <source>Charts the last 24 hours. Points are per minute (minute points are kept for 48 hours).</source>
        <translation>Zeigt die letzten 24 Stunden. Ein Punkt pro Minute (Minutenpunkte werden 48 Stunden aufbewahrt).</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 T</translation>
    </message>
    <message>
        <source>The last 7 days, hour by hour</source>
        <translation>Die letzten 7 Tage, Stunde für Stunde</translation>
    </message>
    <message>
        <source>Charts the last 7 days. Points are per hour (hourly points are kept for 30 days).</source>
        <translation>Zeigt die letzten 7 Tage. Ein Punkt pro Stunde (Stundenpunkte werden 30 Tage aufbewahrt).</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 T</translation>
    </message>
    <message>
        <source>The last 30 days, hour by hour</source>
        <translation>Die letzten 30 Tage, Stunde für Stunde</translation>
    </message>
    <message>
        <source>Charts the last 30 days. Points are per hour (hourly points are kept for 30 days; daily points for two years).</source>
        <translation>Zeigt die letzten 30 Tage. Ein Punkt pro Stunde (Stundenpunkte werden 30 Tage aufbewahrt, Tagespunkte zwei Jahre).</translation>
    </message>
</context>
<context>
    <name>EndpointForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>crm, edge, warehouse…</source>
        <translation>crm, edge, warehouse…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Database &amp;file:</source>
        <translation>Datenbank&amp;datei:</translation>
    </message>
    <message>
        <source>/var/lib/edge.db</source>
        <translation>/var/lib/edge.db</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
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
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>P&amp;arameters:</source>
        <translation>P&amp;arameter:</translation>
    </message>
    <message>
        <source>sslmode=require&amp;connect_timeout=5</source>
        <translation>sslmode=require&amp;connect_timeout=5</translation>
    </message>
    <message>
        <source>Password &amp;variable:</source>
        <translation>Passwort&amp;variable:</translation>
    </message>
    <message>
        <source>CRM_PASSWORD (an environment variable that holds it)</source>
        <translation>CRM_PASSWORD (eine Umgebungsvariable, die es enthält)</translation>
    </message>
    <message>
        <source>Password in the OS &amp;keychain</source>
        <translation>Passwort im &amp;Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>&amp;Set password…</source>
        <translation>Passwort &amp;setzen…</translation>
    </message>
    <message>
        <source>Stored as:</source>
        <translation>Gespeichert als:</translation>
    </message>
    <message>
        <source>A short name that jobs and mappings refer to this endpoint by</source>
        <translation>Ein kurzer Name, unter dem Jobs und Zuordnungen diesen Endpunkt ansprechen</translation>
    </message>
    <message>
        <source>The endpoint&apos;s name: short, unique in the workspace, used by mappings, jobs, the config file and synclinectl (e.g. crm). A saved endpoint keeps its name; clone it to get one under another name.</source>
        <translation>Der Name des Endpunkts: kurz, eindeutig im Arbeitsbereich, verwendet von Zuordnungen, Jobs, der Konfigurationsdatei und synclinectl (z. B. crm). Ein gespeicherter Endpunkt behält seinen Namen; klonen Sie ihn, um einen unter anderem Namen zu erhalten.</translation>
    </message>
    <message>
        <source>The kind of database: a SQLite file or a PostgreSQL server</source>
        <translation>Die Art der Datenbank: eine SQLite-Datei oder ein PostgreSQL-Server</translation>
    </message>
    <message>
        <source>What kind of database the endpoint is. The fields below change with the kind: a file for SQLite; host, port, database and user for PostgreSQL.</source>
        <translation>Welche Art von Datenbank der Endpunkt ist. Die Felder darunter wechseln mit der Art: eine Datei bei SQLite; Host, Port, Datenbank und Benutzer bei PostgreSQL.</translation>
    </message>
    <message>
        <source>The SQLite database file</source>
        <translation>Die SQLite-Datenbankdatei</translation>
    </message>
    <message>
        <source>The path of the SQLite database file, as the machine that runs the jobs sees it. The file and its tables must exist: Syncline creates neither.</source>
        <translation>Der Pfad der SQLite-Datenbankdatei, wie ihn der Rechner sieht, der die Jobs ausführt. Die Datei und ihre Tabellen müssen existieren: Syncline legt keines von beiden an.</translation>
    </message>
    <message>
        <source>Choose the SQLite database file</source>
        <translation>SQLite-Datenbankdatei wählen</translation>
    </message>
    <message>
        <source>Opens a file dialog to pick the SQLite database file.</source>
        <translation>Öffnet einen Dateidialog, um die SQLite-Datenbankdatei zu wählen.</translation>
    </message>
    <message>
        <source>The PostgreSQL server&apos;s host name or IP address</source>
        <translation>Hostname oder IP-Adresse des PostgreSQL-Servers</translation>
    </message>
    <message>
        <source>The host name or IP address of the PostgreSQL server, or the directory of its Unix socket (e.g. /var/run/postgresql).</source>
        <translation>Der Hostname oder die IP-Adresse des PostgreSQL-Servers oder das Verzeichnis seines Unix-Sockets (z. B. /var/run/postgresql).</translation>
    </message>
    <message>
        <source>The PostgreSQL server&apos;s TCP port (usually 5432)</source>
        <translation>Der TCP-Port des PostgreSQL-Servers (meist 5432)</translation>
    </message>
    <message>
        <source>The TCP port the PostgreSQL server listens on; 5432 unless the server was set up otherwise.</source>
        <translation>Der TCP-Port, auf dem der PostgreSQL-Server lauscht; 5432, sofern der Server nicht anders eingerichtet wurde.</translation>
    </message>
    <message>
        <source>The name of the database on the server</source>
        <translation>Der Name der Datenbank auf dem Server</translation>
    </message>
    <message>
        <source>The database on the PostgreSQL server that holds the tables to sync.</source>
        <translation>Die Datenbank auf dem PostgreSQL-Server, die die zu synchronisierenden Tabellen enthält.</translation>
    </message>
    <message>
        <source>The PostgreSQL role to connect as</source>
        <translation>Die PostgreSQL-Rolle, als die verbunden wird</translation>
    </message>
    <message>
        <source>The role Syncline connects as. It needs SELECT on the source tables and INSERT, UPDATE and DELETE on the target tables.</source>
        <translation>Die Rolle, als die sich Syncline verbindet. Sie braucht SELECT auf den Quelltabellen und INSERT, UPDATE und DELETE auf den Zieltabellen.</translation>
    </message>
    <message>
        <source>Extra libpq connection parameters, as key=value pairs joined by &amp;</source>
        <translation>Weitere libpq-Verbindungsparameter als Paare Schlüssel=Wert, verbunden durch &amp;</translation>
    </message>
    <message>
        <source>Further libpq connection parameters as key=value pairs joined by &amp;, e.g. sslmode=require&amp;connect_timeout=5. See the PostgreSQL documentation of connection strings.</source>
        <translation>Weitere libpq-Verbindungsparameter als Paare Schlüssel=Wert, verbunden durch &amp;, z. B. sslmode=require&amp;connect_timeout=5. Siehe die PostgreSQL-Dokumentation zu Verbindungszeichenketten.</translation>
    </message>
    <message>
        <source>The environment variable that holds the password</source>
        <translation>Die Umgebungsvariable, die das Passwort enthält</translation>
    </message>
    <message>
        <source>The name of an environment variable that holds the password, e.g. CRM_PASSWORD. The workspace stores only the name, never the password. When both are set, the variable is tried first, then the keychain.</source>
        <translation>Der Name einer Umgebungsvariablen, die das Passwort enthält, z. B. CRM_PASSWORD. Der Arbeitsbereich speichert nur den Namen, nie das Passwort. Ist beides gesetzt, wird zuerst die Variable versucht, dann der Schlüsselbund.</translation>
    </message>
    <message>
        <source>Keep the password in the OS keychain instead of the workspace</source>
        <translation>Das Passwort im Schlüsselbund des Systems statt im Arbeitsbereich ablegen</translation>
    </message>
    <message>
        <source>When checked, the password is read from the keychain of your desktop (Secret Service, KWallet). Store it there with Set password…; it never enters the workspace or an export.</source>
        <translation>Wenn angekreuzt, wird das Passwort aus dem Schlüsselbund Ihres Desktops gelesen (Secret Service, KWallet). Legen Sie es dort mit „Passwort setzen…“ ab; es gelangt nie in den Arbeitsbereich oder einen Export.</translation>
    </message>
    <message>
        <source>Store this endpoint&apos;s password in the OS keychain</source>
        <translation>Das Passwort dieses Endpunkts im Schlüsselbund des Systems ablegen</translation>
    </message>
    <message>
        <source>Asks for the password and stores it in the OS keychain under this endpoint&apos;s name.</source>
        <translation>Fragt nach dem Passwort und legt es unter dem Namen dieses Endpunkts im Schlüsselbund des Systems ab.</translation>
    </message>
</context>
<context>
    <name>EndpointsView</name>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Klonen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Reload schema</source>
        <translation>Schema neu laden</translation>
    </message>
    <message>
        <source>The workspace&apos;s endpoints; select one to edit it and browse its tables</source>
        <translation>Die Endpunkte des Arbeitsbereichs; wählen Sie einen, um ihn zu bearbeiten und seine Tabellen zu durchsuchen</translation>
    </message>
    <message>
        <source>Every endpoint of the workspace with its kind, location and where its password comes from. Select one to edit it on the right and to see its tables.</source>
        <translation>Jeder Endpunkt des Arbeitsbereichs mit Art, Ort und Herkunft seines Passworts. Wählen Sie einen, um ihn rechts zu bearbeiten und seine Tabellen zu sehen.</translation>
    </message>
    <message>
        <source>Save the endpoint to the workspace</source>
        <translation>Den Endpunkt im Arbeitsbereich speichern</translation>
    </message>
    <message>
        <source>Writes the endpoint to the workspace. The change is recorded in the audit log.</source>
        <translation>Schreibt den Endpunkt in den Arbeitsbereich. Die Änderung wird im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>Die ungespeicherten Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Puts the form back to the endpoint as it is saved in the workspace.</source>
        <translation>Setzt das Formular auf den Endpunkt zurück, wie er im Arbeitsbereich gespeichert ist.</translation>
    </message>
    <message>
        <source>Connect with these settings and list the tables</source>
        <translation>Mit diesen Einstellungen verbinden und die Tabellen auflisten</translation>
    </message>
    <message>
        <source>Connects with the settings in the form (saved or not) and shows the server version, how long connecting took and the tables the endpoint can see.</source>
        <translation>Verbindet sich mit den Einstellungen im Formular (gespeichert oder nicht) und zeigt die Serverversion, die Dauer des Verbindens und die Tabellen, die der Endpunkt sieht.</translation>
    </message>
    <message>
        <source>Read the tables again from the database</source>
        <translation>Die Tabellen erneut aus der Datenbank lesen</translation>
    </message>
    <message>
        <source>Reads the tables, columns, keys and row counts of the endpoint again.</source>
        <translation>Liest die Tabellen, Spalten, Schlüssel und Zeilenzahlen des Endpunkts erneut.</translation>
    </message>
    <message>
        <source>The endpoint&apos;s tables, with columns, declared types, keys and row counts</source>
        <translation>Die Tabellen des Endpunkts mit Spalten, deklarierten Typen, Schlüsseln und Zeilenzahlen</translation>
    </message>
    <message>
        <source>The tables of the selected endpoint: each column with its declared type, whether it may be NULL, and whether it is part of the primary key. Row counts are estimates from the database&apos;s statistics.</source>
        <translation>Die Tabellen des ausgewählten Endpunkts: jede Spalte mit ihrem deklarierten Typ, ob sie NULL sein darf und ob sie zum Primärschlüssel gehört. Die Zeilenzahlen sind Schätzungen aus der Statistik der Datenbank.</translation>
    </message>
</context>
<context>
    <name>JobDetailsPanel</name>
    <message>
        <source>No job selected</source>
        <translation>Kein Job ausgewählt</translation>
    </message>
    <message>
        <source>Select a job to see its last run and its progress.</source>
        <translation>Wählen Sie einen Job, um seinen letzten Lauf und seinen Fortschritt zu sehen.</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Noch nie gelaufen</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Eingefügt</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>In Quarantäne</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Gelesene Zeilen</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Läuft nicht</translation>
    </message>
</context>
<context>
    <name>JobEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>customers-push</source>
        <translation>customers-push</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>&amp;Zuordnung:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation>M&amp;odus:</translation>
    </message>
    <message>
        <source>Change de&amp;tection:</source>
        <translation>Änderungs&amp;erkennung:</translation>
    </message>
    <message>
        <source>C&amp;hange column:</source>
        <translation>Ä&amp;nderungsspalte:</translation>
    </message>
    <message>
        <source>&amp;Conflict policy:</source>
        <translation>&amp;Konfliktstrategie:</translation>
    </message>
    <message>
        <source>Compared &amp;field:</source>
        <translation>Verglichenes &amp;Feld:</translation>
    </message>
    <message>
        <source>On a &amp;tie:</source>
        <translation>Bei &amp;Gleichstand:</translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation>R&amp;egel:</translation>
    </message>
    <message>
        <source>D&amp;eletes:</source>
        <translation>&amp;Löschungen:</translation>
    </message>
    <message>
        <source>&amp;Flag column:</source>
        <translation>&amp;Markierungsspalte:</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>&amp;Stapelgröße:</translation>
    </message>
    <message>
        <source> rows per transaction</source>
        <translation> Zeilen pro Transaktion</translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation>Zei&amp;tplan:</translation>
    </message>
    <message>
        <source>When the job runs by itself: only on demand, every fixed interval, or by a cron expression.</source>
        <translation>Wann der Job von selbst läuft: nur auf Abruf, in einem festen Intervall oder nach einem Cron-Ausdruck.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Schedule&lt;/b&gt;: &lt;i&gt;On demand&lt;/i&gt; jobs run only when started (Run now, synclinectl run). &lt;i&gt;Every&lt;/i&gt; runs the job at a fixed interval of real time (10s, 15m, 2h). &lt;i&gt;Cron&lt;/i&gt; uses a 5-field cron expression (minute hour day-of-month month day-of-week) on the wall clock. Scheduled jobs run while the console is open (unless turned off in the preferences) and in &lt;tt&gt;synclinectl daemon&lt;/tt&gt;; a job never runs twice at once.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Zeitplan&lt;/b&gt;: Jobs mit &lt;i&gt;Auf Abruf&lt;/i&gt; laufen nur, wenn sie gestartet werden (Jetzt ausführen, synclinectl run). &lt;i&gt;Alle&lt;/i&gt; führt den Job in einem festen Intervall echter Zeit aus (10s, 15m, 2h). &lt;i&gt;Cron&lt;/i&gt; verwendet einen Cron-Ausdruck mit 5 Feldern (Minute Stunde Tag-des-Monats Monat Wochentag) nach der Uhrzeit. Geplante Jobs laufen, solange die Konsole geöffnet ist (sofern nicht in den Einstellungen ausgeschaltet), und in &lt;tt&gt;synclinectl daemon&lt;/tt&gt;; ein Job läuft nie zweimal gleichzeitig.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>10m</source>
        <translation>10m</translation>
    </message>
    <message>
        <source>The interval: a whole number and a unit, s, m or h (at least 1s).</source>
        <translation>Das Intervall: eine ganze Zahl und eine Einheit, s, m oder h (mindestens 1s).</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Interval&lt;/b&gt;: how long from one fire to the next, e.g. &lt;tt&gt;30s&lt;/tt&gt;, &lt;tt&gt;10m&lt;/tt&gt;, &lt;tt&gt;2h&lt;/tt&gt;. It counts real time, so a daylight-saving change neither stretches nor shrinks it. When a run takes longer than the interval, the next starts right after it ends.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Intervall&lt;/b&gt;: wie lange es von einer Auslösung bis zur nächsten dauert, z. B. &lt;tt&gt;30s&lt;/tt&gt;, &lt;tt&gt;10m&lt;/tt&gt;, &lt;tt&gt;2h&lt;/tt&gt;. Es zählt echte Zeit, daher wird es durch eine Zeitumstellung weder länger noch kürzer. Dauert ein Lauf länger als das Intervall, beginnt der nächste direkt nach seinem Ende.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>*/5 * * * *</source>
        <translation>*/5 * * * *</translation>
    </message>
    <message>
        <source>minute hour day-of-month month day-of-week, e.g. */5 * * * * or 0 2 * * Mon-Fri</source>
        <translation>Minute Stunde Tag-des-Monats Monat Wochentag, z. B. */5 * * * * oder 0 2 * * Mon-Fri</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Cron expression&lt;/b&gt;: five fields, minute (0-59), hour (0-23), day of month (1-31), month (1-12 or Jan-Dec) and day of week (0-7 or Sun-Sat; 0 and 7 are Sunday). Fields take lists (&lt;tt&gt;1,15&lt;/tt&gt;), ranges (&lt;tt&gt;9-17&lt;/tt&gt;) and steps (&lt;tt&gt;*/5&lt;/tt&gt;); @hourly, @daily, @weekly, @monthly and @yearly are shorthands. When both day fields are restricted, a day matching either fires. A time skipped by the spring clock change fires once when the clocks have moved on; a repeated autumn hour fires once.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Cron-Ausdruck&lt;/b&gt;: fünf Felder, Minute (0-59), Stunde (0-23), Tag des Monats (1-31), Monat (1-12 oder Jan-Dec) und Wochentag (0-7 oder Sun-Sat; 0 und 7 sind Sonntag). Felder nehmen Listen (&lt;tt&gt;1,15&lt;/tt&gt;), Bereiche (&lt;tt&gt;9-17&lt;/tt&gt;) und Schrittweiten (&lt;tt&gt;*/5&lt;/tt&gt;) an; @hourly, @daily, @weekly, @monthly und @yearly sind Kurzformen. Sind beide Tagesfelder eingeschränkt, löst ein Tag aus, der zu einem der beiden passt. Eine durch die Zeitumstellung im Frühjahr übersprungene Zeit löst einmal aus, sobald die Uhr weitergesprungen ist; eine im Herbst wiederholte Stunde löst einmal aus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>Ze&amp;itfenster:</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>jederzeit</translation>
    </message>
    <message>
        <source>Only fire inside these times, e.g. Mon-Fri 22:00-06:00; empty: any time.</source>
        <translation>Nur innerhalb dieser Zeiten auslösen, z. B. Mon-Fri 22:00-06:00; leer: jederzeit.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Window&lt;/b&gt;: the times scheduled runs may start, as &lt;tt&gt;[DAYS] [HH:MM-HH:MM]&lt;/tt&gt;, several separated by semicolons: &lt;tt&gt;Mon-Fri 22:00-06:00; Sat,Sun&lt;/tt&gt;. A range that ends before it starts crosses midnight and belongs to the day it opens on (Friday 22:00 to Saturday 06:00). An interval schedule that falls outside the window fires when the window next opens.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Zeitfenster&lt;/b&gt;: die Zeiten, zu denen geplante Läufe starten dürfen, als &lt;tt&gt;[TAGE] [HH:MM-HH:MM]&lt;/tt&gt;, mehrere durch Semikolons getrennt: &lt;tt&gt;Mon-Fri 22:00-06:00; Sat,Sun&lt;/tt&gt;. Ein Bereich, der vor seinem Beginn endet, reicht über Mitternacht und gehört zu dem Tag, an dem er beginnt (Freitag 22:00 bis Samstag 06:00). Ein Intervall-Zeitplan, der außerhalb des Fensters fällig wird, löst aus, sobald sich das Fenster das nächste Mal öffnet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>M&amp;issed runs:</source>
        <translation>Verpasste Lä&amp;ufe:</translation>
    </message>
    <message>
        <source>What to do at start with fires missed while no scheduler ran.</source>
        <translation>Was beim Start mit Auslösungen geschieht, die verpasst wurden, während kein Zeitplaner lief.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Missed runs&lt;/b&gt;: when a scheduler starts (console or daemon) and the job&apos;s next fire is more than a minute overdue, because nothing was running to fire it, &lt;i&gt;Run once&lt;/i&gt; runs the job once right away, however many fires were missed; &lt;i&gt;Skip&lt;/i&gt; waits for the next regular fire.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Verpasste Läufe&lt;/b&gt;: Wenn ein Zeitplaner startet (Konsole oder Daemon) und die nächste Auslösung des Jobs mehr als eine Minute überfällig ist, weil nichts lief, was sie hätte auslösen können, führt &lt;i&gt;Einmal beim Start ausführen&lt;/i&gt; den Job sofort einmal aus, egal wie viele Auslösungen verpasst wurden; &lt;i&gt;Überspringen&lt;/i&gt; wartet auf die nächste reguläre Auslösung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>&amp;Wiederholungen:</translation>
    </message>
    <message>
        <source>How often a scheduled run that failed for a passing reason is tried again (0: never).</source>
        <translation>Wie oft ein geplanter Lauf, der aus einem vorübergehenden Grund fehlschlug, erneut versucht wird (0: nie).</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Retries&lt;/b&gt;: a scheduled run that fails with a transient error (connection refused or reset, a timeout, a deadlock or serialization failure, a busy database) is tried again up to this many times. Before retry &lt;i&gt;n&lt;/i&gt; it waits a random time between 0 and base × 2&lt;sup&gt;n-1&lt;/sup&gt;, capped by the maximum delay (exponential backoff with full jitter). Every attempt is recorded.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Wiederholungen&lt;/b&gt;: Ein geplanter Lauf, der mit einem vorübergehenden Fehler scheitert (Verbindung abgelehnt oder zurückgesetzt, Zeitüberschreitung, Deadlock oder Serialisierungsfehler, ausgelastete Datenbank), wird bis zu dieser Anzahl erneut versucht. Vor Wiederholung &lt;i&gt;n&lt;/i&gt; wartet er eine zufällige Zeit zwischen 0 und Basis × 2&lt;sup&gt;n-1&lt;/sup&gt;, begrenzt durch die maximale Wartezeit (exponentielles Backoff mit vollem Jitter). Jeder Versuch wird festgehalten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>b&amp;ase:</source>
        <translation>&amp;Basis:</translation>
    </message>
    <message>
        <source>2s</source>
        <translation>2s</translation>
    </message>
    <message>
        <source>The first retry waits up to this long (ms, s, m or h); each further one up to twice as long.</source>
        <translation>Die erste Wiederholung wartet bis zu so lange (ms, s, m oder h); jede weitere bis zu doppelt so lange.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Backoff base&lt;/b&gt;: the cap of the wait before the first retry, e.g. &lt;tt&gt;500ms&lt;/tt&gt; or &lt;tt&gt;2s&lt;/tt&gt;. The cap doubles with each retry up to the maximum delay.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Backoff-Basis&lt;/b&gt;: die Obergrenze der Wartezeit vor der ersten Wiederholung, z. B. &lt;tt&gt;500ms&lt;/tt&gt; oder &lt;tt&gt;2s&lt;/tt&gt;. Die Obergrenze verdoppelt sich mit jeder Wiederholung bis zur maximalen Wartezeit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>ma&amp;x delay:</source>
        <translation>ma&amp;x. Wartezeit:</translation>
    </message>
    <message>
        <source>5m</source>
        <translation>5m</translation>
    </message>
    <message>
        <source>No retry waits longer than this (ms, s, m or h).</source>
        <translation>Keine Wiederholung wartet länger als diese Zeit (ms, s, m oder h).</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Maximum delay&lt;/b&gt;: the longest wait before a retry, however many came before, e.g. &lt;tt&gt;5m&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Maximale Wartezeit&lt;/b&gt;: die längste Wartezeit vor einer Wiederholung, egal wie viele vorausgingen, z. B. &lt;tt&gt;5m&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The job&apos;s name, unique in the workspace, e.g. customers-push.</source>
        <translation>Der Name des Jobs, eindeutig im Arbeitsbereich, z. B. customers-push.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Name&lt;/b&gt;: how the console, the run history, &lt;tt&gt;synclinectl run NAME&lt;/tt&gt; and the config file refer to the job, e.g. &lt;tt&gt;customers-push&lt;/tt&gt;. It must be unique in the workspace, and a job without one cannot be saved. A saved job keeps its name: clone it to make one under another name.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Name&lt;/b&gt;: So nennen die Konsole, der Laufverlauf, &lt;tt&gt;synclinectl run NAME&lt;/tt&gt; und die Konfigurationsdatei den Job, z. B. &lt;tt&gt;customers-push&lt;/tt&gt;. Er muss im Arbeitsbereich eindeutig sein; ein Job ohne Namen kann nicht gespeichert werden. Ein gespeicherter Job behält seinen Namen: Klonen Sie ihn, um einen unter anderem Namen anzulegen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The mapping the job runs: which source entity goes to which target entity, and how.</source>
        <translation>Die Zuordnung, die der Job ausführt: welche Quellentität in welche Zielentität geht, und wie.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Mapping&lt;/b&gt;: the source and target entities, the key and the field transforms the job runs, summed up beside it as &lt;i&gt;endpoint.entity → endpoint.entity&lt;/i&gt;. Mappings are built in the Mappings view; a job cannot be saved without one. A mapping marked &lt;i&gt;(missing)&lt;/i&gt; is no longer in the workspace: runs of the job fail until you choose another.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Zuordnung&lt;/b&gt;: die Quell- und Zielentität, der Schlüssel und die Feldtransformationen, die der Job ausführt, daneben zusammengefasst als &lt;i&gt;Endpunkt.Entität → Endpunkt.Entität&lt;/i&gt;. Zuordnungen entstehen in der Ansicht Zuordnungen; ohne Zuordnung kann ein Job nicht gespeichert werden. Eine mit &lt;i&gt;(fehlt)&lt;/i&gt; markierte Zuordnung ist nicht mehr im Arbeitsbereich: Läufe des Jobs schlagen fehl, bis Sie eine andere wählen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Which way rows flow: source to target, target to source, or both ways.</source>
        <translation>In welche Richtung Zeilen fließen: von der Quelle zum Ziel, vom Ziel zur Quelle oder in beide Richtungen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Direction&lt;/b&gt;: &lt;i&gt;Push&lt;/i&gt; writes the source&apos;s changes to the target. &lt;i&gt;Pull&lt;/i&gt; runs the mapping backwards and writes the target&apos;s changes to the source; it needs a mapping whose fields are all source fields, plain or converted, and does not apply the row filter and validation rules. &lt;i&gt;Two-way&lt;/i&gt; compares both sides with what was last synced, sends each side&apos;s changes to the other and settles rows changed on both by the conflict policy; two-way jobs detect changes by row hash or change-log triggers and always propagate deletes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Richtung&lt;/b&gt;: &lt;i&gt;Push&lt;/i&gt; schreibt die Änderungen der Quelle ins Ziel. &lt;i&gt;Pull&lt;/i&gt; führt die Zuordnung rückwärts aus und schreibt die Änderungen des Ziels in die Quelle; dafür müssen alle Felder der Zuordnung Quellfelder sein, unverändert oder umgewandelt, und Zeilenfilter und Prüfregeln gelten nicht. &lt;i&gt;Bidirektional&lt;/i&gt; vergleicht beide Seiten mit dem zuletzt Synchronisierten, überträgt die Änderungen jeder Seite auf die andere und entscheidet über auf beiden Seiten geänderte Zeilen nach der Konfliktstrategie; bidirektionale Jobs erkennen Änderungen per Zeilen-Hash oder Änderungsprotokoll-Trigger und übernehmen Löschungen immer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What a run compares the source with: what was last synced (quick) or the target itself.</source>
        <translation>Womit ein Lauf die Quelle vergleicht: mit dem zuletzt Synchronisierten (schnell) oder mit dem Ziel selbst.</translation>
    </message>
    <message>
        <source>How a run finds the source rows that changed.</source>
        <translation>Wie ein Lauf die geänderten Quellzeilen findet.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Change detection&lt;/b&gt;: &lt;i&gt;Row hash&lt;/i&gt; reads every source row and compares its hash with the last sync; it sees every change and delete. &lt;i&gt;Timestamp column&lt;/i&gt; and &lt;i&gt;Version column&lt;/i&gt; read only the rows whose change column is at or past the last run&apos;s high-water mark: fast on big tables, but blind to deleted rows. &lt;i&gt;Change-log triggers&lt;/i&gt; reads only the keys the capture triggers logged since the last run, deletes included; enable them first with &lt;tt&gt;synclinectl capture enable ENDPOINT ENTITY&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Änderungserkennung&lt;/b&gt;: &lt;i&gt;Zeilen-Hash&lt;/i&gt; liest jede Quellzeile und vergleicht ihren Hash mit der letzten Synchronisation; so wird jede Änderung und Löschung erkannt. &lt;i&gt;Zeitstempelspalte&lt;/i&gt; und &lt;i&gt;Versionsspalte&lt;/i&gt; lesen nur die Zeilen, deren Änderungsspalte die Hochwassermarke des letzten Laufs erreicht oder überschreitet: schnell bei großen Tabellen, aber blind für gelöschte Zeilen. &lt;i&gt;Änderungsprotokoll-Trigger&lt;/i&gt; liest nur die Schlüssel, die die Erfassungs-Trigger seit dem letzten Lauf protokolliert haben, Löschungen eingeschlossen; schalten Sie sie zuerst mit &lt;tt&gt;synclinectl capture enable ENDPOINT ENTITY&lt;/tt&gt; ein.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The source column that tells when a row changed, e.g. updated_at or row_version.</source>
        <translation>Die Quellspalte, die angibt, wann sich eine Zeile geändert hat, z. B. updated_at oder row_version.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Change column&lt;/b&gt;: for timestamp and version detection, the source column a run compares with the last run&apos;s high-water mark: a timestamp set on every update (&lt;tt&gt;updated_at&lt;/tt&gt;) or a number that grows with every change (&lt;tt&gt;row_version&lt;/tt&gt;). Pick one of the mapping&apos;s source columns or type its name. With these detections the job cannot be saved without it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Änderungsspalte&lt;/b&gt;: bei Zeitstempel- und Versionserkennung die Quellspalte, die ein Lauf mit der Hochwassermarke des letzten Laufs vergleicht: ein Zeitstempel, der bei jeder Aktualisierung gesetzt wird (&lt;tt&gt;updated_at&lt;/tt&gt;), oder eine Zahl, die mit jeder Änderung wächst (&lt;tt&gt;row_version&lt;/tt&gt;). Wählen Sie eine der Quellspalten der Zuordnung oder geben Sie ihren Namen ein. Bei diesen Erkennungsarten kann der Job ohne sie nicht gespeichert werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Who wins when a two-way job finds a row changed differently on both sides.</source>
        <translation>Wer gewinnt, wenn ein bidirektionaler Job eine Zeile findet, die auf beiden Seiten unterschiedlich geändert wurde.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Conflict policy&lt;/b&gt; (two-way jobs only): fields changed on one side merge by themselves. For fields changed on both sides to different values, &lt;i&gt;Source wins&lt;/i&gt; and &lt;i&gt;Target wins&lt;/i&gt; take that side&apos;s values, &lt;i&gt;Newest wins&lt;/i&gt; and &lt;i&gt;First wins&lt;/i&gt; compare a time field, &lt;i&gt;Manual&lt;/i&gt; parks the row in the conflict queue for the Conflicts view while the run goes on, and &lt;i&gt;Rule&lt;/i&gt; lets a JavaScript function decide. A policy set on the mapping itself overrides the job&apos;s.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Konfliktstrategie&lt;/b&gt; (nur bidirektionale Jobs): Felder, die nur auf einer Seite geändert wurden, werden von selbst zusammengeführt. Für Felder, die auf beiden Seiten unterschiedlich geändert wurden, übernehmen &lt;i&gt;Quelle gewinnt&lt;/i&gt; und &lt;i&gt;Ziel gewinnt&lt;/i&gt; die Werte dieser Seite, &lt;i&gt;Neueste gewinnt&lt;/i&gt; und &lt;i&gt;Erste gewinnt&lt;/i&gt; vergleichen ein Zeitfeld, &lt;i&gt;Manuell&lt;/i&gt; stellt die Zeile in die Konfliktwarteschlange der Ansicht Konflikte, während der Lauf weitergeht, und bei &lt;i&gt;Regel&lt;/i&gt; entscheidet eine JavaScript-Funktion. Eine in der Zuordnung selbst festgelegte Strategie hat Vorrang vor der des Jobs.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The time field whose later (Newest wins) or earlier (First wins) value decides a conflict.</source>
        <translation>Das Zeitfeld, dessen späterer (Neueste gewinnt) oder früherer (Erste gewinnt) Wert einen Konflikt entscheidet.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Compared field&lt;/b&gt;: a field of the mapping, named as in the target, that holds when the row changed, e.g. &lt;tt&gt;updated_at&lt;/tt&gt;. &lt;i&gt;Newest wins&lt;/i&gt; keeps the side with the later value, &lt;i&gt;First wins&lt;/i&gt; the side with the earlier one; a side that deleted the row loses to the side that still has it. A name that is not a field of the mapping fails the run before it starts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Verglichenes Feld&lt;/b&gt;: ein Feld der Zuordnung, benannt wie im Ziel, das angibt, wann sich die Zeile geändert hat, z. B. &lt;tt&gt;updated_at&lt;/tt&gt;. &lt;i&gt;Neueste gewinnt&lt;/i&gt; behält die Seite mit dem späteren Wert, &lt;i&gt;Erste gewinnt&lt;/i&gt; die mit dem früheren; eine Seite, die die Zeile gelöscht hat, verliert gegen die Seite, die sie noch hat. Ein Name, der kein Feld der Zuordnung ist, lässt den Lauf vor dem Start fehlschlagen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Which side wins when the compared times are equal or cannot be compared.</source>
        <translation>Welche Seite gewinnt, wenn die verglichenen Zeiten gleich oder nicht vergleichbar sind.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;On a tie&lt;/b&gt;: when the compared field holds the same time on both sides, or values that cannot be compared (for example, empty on both), this side&apos;s values win the conflict.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Bei Gleichstand&lt;/b&gt;: Enthält das verglichene Feld auf beiden Seiten dieselbe Zeit oder Werte, die sich nicht vergleichen lassen (zum Beispiel auf beiden Seiten leer), gewinnen die Werte dieser Seite den Konflikt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A JavaScript function that settles each conflict: it returns &quot;source&quot;, &quot;target&quot;, &quot;manual&quot; or a row.</source>
        <translation>Eine JavaScript-Funktion, die jeden Konflikt entscheidet: Sie gibt „source“, „target“, „manual“ oder eine Zeile zurück.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Rule&lt;/b&gt;: a JavaScript function called once per conflict with the base, source and target rows (objects by field name; null for a side without the row) and &lt;tt&gt;conflict&lt;/tt&gt; = {kind, key, fields}. It returns &lt;tt&gt;&quot;source&quot;&lt;/tt&gt;, &lt;tt&gt;&quot;target&quot;&lt;/tt&gt;, &lt;tt&gt;&quot;manual&quot;&lt;/tt&gt; (the conflict queue) or an object of field values to write to both sides, e.g. &lt;tt&gt;(b, s, t) =&amp;gt; s.updated_at &amp;gt; t.updated_at ? &quot;source&quot; : &quot;target&quot;&lt;/tt&gt;. A rule that throws or returns anything else parks the row as manual with the reason; text that is not a function fails the run before it starts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Regel&lt;/b&gt;: eine JavaScript-Funktion, die einmal pro Konflikt aufgerufen wird, mit der Basis-, Quell- und Zielzeile (Objekte nach Feldname; null für eine Seite ohne die Zeile) und &lt;tt&gt;conflict&lt;/tt&gt; = {kind, key, fields}. Sie gibt &lt;tt&gt;&quot;source&quot;&lt;/tt&gt;, &lt;tt&gt;&quot;target&quot;&lt;/tt&gt;, &lt;tt&gt;&quot;manual&quot;&lt;/tt&gt; (die Konfliktwarteschlange) oder ein Objekt mit Feldwerten zurück, das auf beide Seiten geschrieben wird, z. B. &lt;tt&gt;(b, s, t) =&amp;gt; s.updated_at &amp;gt; t.updated_at ? &quot;source&quot; : &quot;target&quot;&lt;/tt&gt;. Eine Regel, die eine Ausnahme wirft oder etwas anderes zurückgibt, stellt die Zeile mit der Begründung auf manuell; Text, der keine Funktion ist, lässt den Lauf vor dem Start fehlschlagen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens in the target when a row is deleted in the source.</source>
        <translation>Was im Ziel geschieht, wenn eine Zeile in der Quelle gelöscht wird.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Deletes&lt;/b&gt;: &lt;i&gt;Propagate&lt;/i&gt; deletes the target row too. &lt;i&gt;Ignore&lt;/i&gt; keeps it. &lt;i&gt;Soft delete&lt;/i&gt; keeps it and sets its flag column to true (1 in an integer column); every row the run writes gets the flag false, so a row that comes back to the source comes back to life. Two-way jobs always propagate, and timestamp or version detection sees no deletes at all.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Löschungen&lt;/b&gt;: &lt;i&gt;Übernehmen&lt;/i&gt; löscht auch die Zielzeile. &lt;i&gt;Ignorieren&lt;/i&gt; behält sie. &lt;i&gt;Als gelöscht markieren&lt;/i&gt; behält sie und setzt ihre Markierungsspalte auf wahr (1 in einer Ganzzahlspalte); jede Zeile, die der Lauf schreibt, erhält die Markierung falsch, sodass eine Zeile, die in die Quelle zurückkehrt, auch im Ziel wieder auflebt. Bidirektionale Jobs übernehmen Löschungen immer, und die Erkennung per Zeitstempel oder Version sieht gar keine Löschungen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The target column set to true on rows deleted in the source, e.g. is_deleted.</source>
        <translation>Die Zielspalte, die bei in der Quelle gelöschten Zeilen auf wahr gesetzt wird, z. B. is_deleted.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Flag column&lt;/b&gt;: for soft deletes, a boolean or integer column of the target table, e.g. &lt;tt&gt;is_deleted&lt;/tt&gt;. The job owns it, so it must not be one of the mapping&apos;s fields; a column the target table does not have fails the run before it starts. With soft deletes the job cannot be saved without it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Markierungsspalte&lt;/b&gt;: beim Markieren als gelöscht eine boolesche oder ganzzahlige Spalte der Zieltabelle, z. B. &lt;tt&gt;is_deleted&lt;/tt&gt;. Sie gehört dem Job und darf daher kein Feld der Zuordnung sein; eine Spalte, die die Zieltabelle nicht hat, lässt den Lauf vor dem Start fehlschlagen. Beim Markieren als gelöscht kann der Job ohne sie nicht gespeichert werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How many rows each target transaction writes (1 to 1,000,000).</source>
        <translation>Wie viele Zeilen jede Transaktion im Ziel schreibt (1 bis 1.000.000).</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Batch size&lt;/b&gt;: a run applies its changes in batches of this many rows, one transaction per batch, and records them as synced once the target has committed, so a run stopped at any point converges when run again. Larger batches are faster on big tables but hold locks longer and use more memory; a cancelled run finishes the batch in flight first. The default is 5,000.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Stapelgröße&lt;/b&gt;: Ein Lauf wendet seine Änderungen in Stapeln mit so vielen Zeilen an, eine Transaktion pro Stapel, und vermerkt sie als synchronisiert, sobald das Ziel sie festgeschrieben hat; so kommt ein an beliebiger Stelle unterbrochener Lauf beim nächsten Mal zum selben Ergebnis. Größere Stapel sind bei großen Tabellen schneller, halten Sperren aber länger und brauchen mehr Speicher; ein abgebrochener Lauf beendet zuerst den laufenden Stapel. Standard ist 5.000.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Mode&lt;/b&gt;: &lt;i&gt;Incremental&lt;/i&gt; compares the source with the journal, what the job last synced; a one-way job then does not read the target, so runs are quick, but a change made directly in the target goes unnoticed until the source row changes. &lt;i&gt;Full&lt;/i&gt; reads the target too and compares the source with it, which also repairs target rows that drifted or went missing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Modus&lt;/b&gt;: &lt;i&gt;Inkrementell&lt;/i&gt; vergleicht die Quelle mit dem Journal, also dem, was der Job zuletzt synchronisiert hat; ein unidirektionaler Job liest dann das Ziel nicht, daher sind Läufe schnell, aber eine direkt im Ziel vorgenommene Änderung bleibt unbemerkt, bis sich die Quellzeile ändert. &lt;i&gt;Vollständig&lt;/i&gt; liest auch das Ziel und vergleicht die Quelle damit, wodurch auch abweichende oder fehlende Zielzeilen repariert werden.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>JobsView</name>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Klonen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&amp;Run now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>Lauf &amp;abbrechen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>Geplante Änderungen</translation>
    </message>
    <message>
        <source>&amp;Pause schedule</source>
        <translation>Zeitplan &amp;anhalten</translation>
    </message>
    <message>
        <source>Stop (or, when pressed, resume) firing the selected job on its schedule</source>
        <translation>Das Auslösen des ausgewählten Jobs nach seinem Zeitplan anhalten (oder, wenn gedrückt, fortsetzen)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Pause schedule&lt;/b&gt;: while pressed, no scheduler on this workspace (this console, other consoles, &lt;tt&gt;synclinectl daemon&lt;/tt&gt;) fires the selected job; a run under way finishes, and Run now still works. Press again to resume: the job fires at its next due time. The same as &lt;tt&gt;synclinectl schedule pause|resume JOB&lt;/tt&gt;; both are recorded in the audit log.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Zeitplan anhalten&lt;/b&gt;: Solange gedrückt, löst kein Zeitplaner dieses Arbeitsbereichs (diese Konsole, andere Konsolen, &lt;tt&gt;synclinectl daemon&lt;/tt&gt;) den ausgewählten Job aus; ein bereits begonnener Lauf wird zu Ende geführt, und Jetzt ausführen funktioniert weiterhin. Erneut drücken setzt fort: Der Job löst zum nächsten fälligen Zeitpunkt aus. Dasselbe wie &lt;tt&gt;synclinectl schedule pause|resume JOB&lt;/tt&gt;; beides wird im Audit-Protokoll festgehalten.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Syncline</source>
        <translation>Syncline</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Job</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Endpoints</source>
        <translation>&amp;Endpunkte</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Mappings</source>
        <translation>&amp;Zuordnungen</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Jobs</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation>&amp;Läufe</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Konflikte</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>&amp;Audit</translation>
    </message>
    <message>
        <source>Ctrl+7</source>
        <translation>Ctrl+7</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Add an item to the current view (Ctrl+N)</source>
        <translation>Der aktuellen Ansicht einen Eintrag hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected item (Del)</source>
        <translation>Den ausgewählten Eintrag löschen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Run now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <source>Run the selected job now (F5)</source>
        <translation>Den ausgewählten Job jetzt ausführen (F5)</translation>
    </message>
    <message>
        <source>D&amp;ry run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <source>Plan the selected job&apos;s changes and show them without writing them (Shift+F5)</source>
        <translation>Die Änderungen des ausgewählten Jobs planen und anzeigen, ohne sie zu schreiben (Umschalt+F5)</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>Lauf &amp;abbrechen</translation>
    </message>
    <message>
        <source>Cancel the selected job&apos;s run after the batch in flight (Esc)</source>
        <translation>Den Lauf des ausgewählten Jobs nach dem laufenden Stapel abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Reload everything from the workspace (Ctrl+R)</source>
        <translation>Alles neu aus dem Arbeitsbereich laden (Strg+R)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;About Syncline</source>
        <translation>Ü&amp;ber Syncline</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Default workspace, language, notifications, scheduler and confirmations (Ctrl+,)</source>
        <translation>Standard-Arbeitsbereich, Sprache, Benachrichtigungen, Zeitplaner und Rückfragen (Strg+,)</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>A walk through the first sync: two endpoints, a mapping, a dry run and a run</source>
        <translation>Ein Rundgang durch die erste Synchronisation: zwei Endpunkte, eine Zuordnung, ein Probelauf und ein Lauf</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>The views, what they hold and their keyboard shortcuts (F1)</source>
        <translation>Die Ansichten, was sie enthalten, und ihre Tastenkürzel (F1)</translation>
    </message>
    <message>
        <source>&amp;What&apos;s This?</source>
        <translation>&amp;Direkthilfe</translation>
    </message>
    <message>
        <source>Click a field or button to see what it is for (Shift+F1)</source>
        <translation>Klicken Sie auf ein Feld oder eine Schaltfläche, um zu sehen, wozu es dient (Umschalt+F1)</translation>
    </message>
    <message>
        <source>Shift+F1</source>
        <translation>Shift+F1</translation>
    </message>
</context>
<context>
    <name>MappingDesigner</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>&lt;small&gt;Drag a source field onto a target field to map it.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Ziehen Sie ein Quellfeld auf ein Zielfeld, um es zuzuordnen.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>&lt;small&gt;* required (NOT NULL without a default) · Key: the fields that identify a row&lt;/small&gt;</source>
        <translation>&lt;small&gt;* Pflichtfeld (NOT NULL ohne Vorgabewert) · Schlüssel: die Felder, die eine Zeile identifizieren&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformation</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Row &amp;filter</source>
        <translation>Zeilen&amp;filter</translation>
    </message>
    <message>
        <source>Only source rows for which this JavaScript expression is true are synced; empty syncs every row. &lt;tt&gt;row&lt;/tt&gt; is the source row, e.g. &lt;tt&gt;row.status != &apos;closed&apos; &amp;amp;&amp;amp; row.country == &apos;DE&apos;&lt;/tt&gt;.</source>
        <translation>Nur Quellzeilen, für die dieser JavaScript-Ausdruck wahr ist, werden synchronisiert; leer synchronisiert jede Zeile. &lt;tt&gt;row&lt;/tt&gt; ist die Quellzeile, z. B. &lt;tt&gt;row.status != &apos;closed&apos; &amp;amp;&amp;amp; row.country == &apos;DE&apos;&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>&amp;Validation rules</source>
        <translation>&amp;Prüfregeln</translation>
    </message>
    <message>
        <source>JavaScript over row: only source rows for which it is true are synced</source>
        <translation>JavaScript über row: Nur Quellzeilen, für die er wahr ist, werden synchronisiert</translation>
    </message>
    <message>
        <source>A JavaScript condition over row, the source row by column name, e.g. row.status != &apos;closed&apos; &amp;&amp; row.country == &apos;DE&apos;. Rows for which it is false are out of scope: they are neither inserted nor updated, and their target rows are left alone, not deleted. Empty syncs every row. A filter that does not compile fails the run before it starts, one that throws for a row quarantines that row; pull jobs do not apply it.</source>
        <translation>Eine JavaScript-Bedingung über row, die Quellzeile nach Spaltenname, z. B. row.status != &apos;closed&apos; &amp;&amp; row.country == &apos;DE&apos;. Zeilen, für die sie falsch ist, liegen außerhalb des Umfangs: Sie werden weder eingefügt noch aktualisiert, und ihre Zielzeilen bleiben unberührt, nicht gelöscht. Leer synchronisiert jede Zeile. Ein Filter, der sich nicht kompilieren lässt, lässt den Lauf vor dem Start fehlschlagen, einer, der bei einer Zeile eine Ausnahme wirft, bringt diese Zeile in Quarantäne; Pull-Jobs wenden ihn nicht an.</translation>
    </message>
</context>
<context>
    <name>MappingsView</name>
    <message>
        <source>&amp;Mapping:</source>
        <translation>&amp;Zuordnung:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>The mapping the designer below edits</source>
        <translation>Die Zuordnung, die der Designer unten bearbeitet</translation>
    </message>
    <message>
        <source>Every mapping of the workspace. Choosing one opens it in the mapping designer (after asking about unsaved edits to the one open now).</source>
        <translation>Jede Zuordnung des Arbeitsbereichs. Die Auswahl öffnet sie im Zuordnungsdesigner (nach einer Rückfrage zu ungespeicherten Änderungen an der gerade geöffneten).</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Create a mapping between two tables of the workspace&apos;s endpoints (Ctrl+N)</source>
        <translation>Eine Zuordnung zwischen zwei Tabellen der Endpunkte des Arbeitsbereichs anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>Opens the New Mapping dialog: name the mapping and choose its source and target tables. The mapping then opens here auto-mapped by name and type, with its key taken from the source table&apos;s primary key; Save adds it to the workspace.</source>
        <translation>Öffnet den Dialog „Neue Zuordnung“: Benennen Sie die Zuordnung und wählen Sie Quell- und Zieltabelle. Die Zuordnung öffnet sich dann hier, automatisch nach Name und Typ zugeordnet, mit dem Primärschlüssel der Quelltabelle als Schlüssel; Speichern fügt sie dem Arbeitsbereich hinzu.</translation>
    </message>
</context>
<context>
    <name>NewMappingDialog</name>
    <message>
        <source>New Mapping</source>
        <translation>Neue Zuordnung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The mapping&apos;s name: unique in the workspace; jobs refer to the mapping by it</source>
        <translation>Der Name der Zuordnung: eindeutig im Arbeitsbereich; Jobs verweisen über ihn auf die Zuordnung</translation>
    </message>
    <message>
        <source>The name of the new mapping. It must not be empty and no other mapping of the workspace may have it. Jobs name the mapping they run, and &lt;code&gt;synclinectl export&lt;/code&gt; writes it under this name.</source>
        <translation>Der Name der neuen Zuordnung. Er darf nicht leer sein, und keine andere Zuordnung des Arbeitsbereichs darf ihn tragen. Jobs nennen die Zuordnung, die sie ausführen, und &lt;code&gt;synclinectl export&lt;/code&gt; schreibt sie unter diesem Namen.</translation>
    </message>
    <message>
        <source>customers_to_edge</source>
        <translation>customers_to_edge</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>The endpoint the mapping reads rows from</source>
        <translation>Der Endpunkt, aus dem die Zuordnung Zeilen liest</translation>
    </message>
    <message>
        <source>The workspace endpoint whose table the mapping reads. Its tables are listed below once they are read (on a background thread, with a connection of its own).</source>
        <translation>Der Endpunkt des Arbeitsbereichs, dessen Tabelle die Zuordnung liest. Seine Tabellen erscheinen darunter, sobald sie gelesen sind (in einem Hintergrundthread, mit eigener Verbindung).</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabelle:</translation>
    </message>
    <message>
        <source>The source table (entity); its primary key becomes the mapping&apos;s key</source>
        <translation>Die Quelltabelle (Entität); ihr Primärschlüssel wird zum Schlüssel der Zuordnung</translation>
    </message>
    <message>
        <source>The table whose rows the mapping reads. The new mapping&apos;s key is the target fields its primary key maps to, and target fields are mapped by name and type from its columns (one undoable step in the designer).</source>
        <translation>Die Tabelle, deren Zeilen die Zuordnung liest. Der Schlüssel der neuen Zuordnung sind die Zielfelder, auf die ihr Primärschlüssel abgebildet wird, und Zielfelder werden nach Name und Typ aus ihren Spalten zugeordnet (ein rückgängig machbarer Schritt im Designer).</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>E&amp;ndpoint:</source>
        <translation>E&amp;ndpunkt:</translation>
    </message>
    <message>
        <source>The endpoint the mapping writes rows to</source>
        <translation>Der Endpunkt, in den die Zuordnung Zeilen schreibt</translation>
    </message>
    <message>
        <source>The workspace endpoint whose table the mapping writes. Its tables are listed below once they are read (on a background thread, with a connection of its own).</source>
        <translation>Der Endpunkt des Arbeitsbereichs, dessen Tabelle die Zuordnung schreibt. Seine Tabellen erscheinen darunter, sobald sie gelesen sind (in einem Hintergrundthread, mit eigener Verbindung).</translation>
    </message>
    <message>
        <source>T&amp;able:</source>
        <translation>T&amp;abelle:</translation>
    </message>
    <message>
        <source>The target table (entity) the mapped rows are written to</source>
        <translation>Die Zieltabelle (Entität), in die die zugeordneten Zeilen geschrieben werden</translation>
    </message>
    <message>
        <source>The table the mapping writes. Its columns are the target fields of the mapping designer; fields left unmapped keep the database&apos;s default.</source>
        <translation>Die Tabelle, die die Zuordnung schreibt. Ihre Spalten sind die Zielfelder des Zuordnungsdesigners; nicht zugeordnete Felder behalten den Vorgabewert der Datenbank.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Default &amp;workspace:</source>
        <translation>Standard-&amp;Arbeitsbereich:</translation>
    </message>
    <message>
        <source>The workspace the console opens when started without --workspace</source>
        <translation>Der Arbeitsbereich, den die Konsole beim Start ohne --workspace öffnet</translation>
    </message>
    <message>
        <source>&lt;p&gt;The workspace file (or a folder holding workspace.db) the console opens at start. Leave it empty to use the workspace in your data folder. The --workspace option and the SYNCLINE_WORKSPACE environment variable take precedence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Arbeitsbereichsdatei (oder ein Ordner mit workspace.db), die die Konsole beim Start öffnet. Leer lassen, um den Arbeitsbereich in Ihrem Datenordner zu verwenden. Die Option --workspace und die Umgebungsvariable SYNCLINE_WORKSPACE haben Vorrang.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the workspace file</source>
        <translation>Arbeitsbereichsdatei wählen</translation>
    </message>
    <message>
        <source>Opens a file dialog to pick the default workspace file.</source>
        <translation>Öffnet einen Dateidialog, um die Standard-Arbeitsbereichsdatei zu wählen.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language of the console; takes effect when Syncline restarts</source>
        <translation>Die Sprache der Konsole; wirkt nach einem Neustart von Syncline</translation>
    </message>
    <message>
        <source>&lt;p&gt;The language of menus, views and messages. &lt;b&gt;System&lt;/b&gt; follows your desktop&apos;s language settings. The change takes effect the next time Syncline starts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Sprache von Menüs, Ansichten und Meldungen. &lt;b&gt;System&lt;/b&gt; folgt den Spracheinstellungen Ihres Desktops. Die Änderung wirkt beim nächsten Start von Syncline.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The language changes when Syncline is restarted.</source>
        <translation>Die Sprache ändert sich, wenn Syncline neu gestartet wird.</translation>
    </message>
    <message>
        <source>Runs and notifications</source>
        <translation>Läufe und Benachrichtigungen</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification when a run finishes or fails</source>
        <translation>Eine Desktop-&amp;Benachrichtigung zeigen, wenn ein Lauf endet oder fehlschlägt</translation>
    </message>
    <message>
        <source>Tray notifications for finished, cancelled and failed runs</source>
        <translation>Benachrichtigungen im Systembereich für beendete, abgebrochene und fehlgeschlagene Läufe</translation>
    </message>
    <message>
        <source>&lt;p&gt;When on, the console shows a desktop notification (through the system tray) whenever a run finishes, is cancelled or fails. The status bar reports runs either way.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wenn eingeschaltet, zeigt die Konsole eine Desktop-Benachrichtigung (über den Systembereich), sobald ein Lauf endet, abgebrochen wird oder fehlschlägt. Die Statusleiste meldet Läufe in jedem Fall.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Run &amp;scheduled jobs while the console is open</source>
        <translation>&amp;Geplante Jobs ausführen, solange die Konsole geöffnet ist</translation>
    </message>
    <message>
        <source>Whether the console starts jobs when their schedule is due</source>
        <translation>Ob die Konsole Jobs startet, wenn ihr Zeitplan fällig ist</translation>
    </message>
    <message>
        <source>&lt;p&gt;When on, the console runs jobs whose schedule is due while it is open. Turn it off when a server runs the schedule (synclinectl daemon) and this console should only be used to look and to run jobs by hand.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wenn eingeschaltet, führt die Konsole Jobs aus, deren Zeitplan fällig ist, solange sie geöffnet ist. Schalten Sie es aus, wenn ein Server den Zeitplan ausführt (synclinectl daemon) und diese Konsole nur zum Nachsehen und zum Ausführen von Hand dienen soll.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ask before &amp;Run now writes to a target</source>
        <translation>&amp;Nachfragen, bevor „Jetzt ausführen“ in ein Ziel schreibt</translation>
    </message>
    <message>
        <source>Confirm before a run that writes; dry runs never ask</source>
        <translation>Vor einem schreibenden Lauf bestätigen; Probeläufe fragen nie</translation>
    </message>
    <message>
        <source>&lt;p&gt;When on, Run now (F5) asks for confirmation before a job writes to its target. Dry runs (Shift+F5) write nothing and never ask.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wenn eingeschaltet, fragt „Jetzt ausführen“ (F5) nach einer Bestätigung, bevor ein Job in sein Ziel schreibt. Probeläufe (Umschalt+F5) schreiben nichts und fragen nie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ask before &amp;applying conflict resolutions</source>
        <translation>&amp;Vor dem Anwenden von Konfliktlösungen nachfragen</translation>
    </message>
    <message>
        <source>Confirm before resolved conflicts are written to the databases</source>
        <translation>Bestätigen, bevor gelöste Konflikte in die Datenbanken geschrieben werden</translation>
    </message>
    <message>
        <source>&lt;p&gt;When on, the Conflicts view asks for confirmation before it writes the resolutions you chose to the source and target databases.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wenn eingeschaltet, fragt die Ansicht Konflikte nach einer Bestätigung, bevor sie die gewählten Lösungen in die Quell- und Zieldatenbank schreibt.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>RunsView</name>
    <message>
        <source>&amp;Job:</source>
        <translation>&amp;Job:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>S&amp;tarted:</source>
        <translation>&amp;Gestartet:</translation>
    </message>
    <message>
        <source>R&amp;e-run</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Quarantined rows</source>
        <translation>Zeilen in Quarantäne</translation>
    </message>
    <message>
        <source>Show the runs of one job, or of all jobs</source>
        <translation>Die Läufe eines Jobs oder aller Jobs anzeigen</translation>
    </message>
    <message>
        <source>Narrows the run history to one job. The list holds the workspace&apos;s jobs and any job that has runs in the history, even one deleted since. All jobs shows every run.</source>
        <translation>Beschränkt den Laufverlauf auf einen Job. Die Liste enthält die Jobs des Arbeitsbereichs und jeden Job mit Läufen im Verlauf, auch einen inzwischen gelöschten. Alle Jobs zeigt jeden Lauf.</translation>
    </message>
    <message>
        <source>Show only runs with this outcome, or only dry runs</source>
        <translation>Nur Läufe mit diesem Ergebnis oder nur Probeläufe anzeigen</translation>
    </message>
    <message>
        <source>Narrows the history to runs that succeeded, failed, were cancelled or are still running. Dry runs shows only dry runs, whatever their outcome. The filter applies to the whole history in the workspace, not only to the rows loaded so far.</source>
        <translation>Beschränkt den Verlauf auf Läufe, die erfolgreich waren, fehlschlugen, abgebrochen wurden oder noch laufen. Probeläufe zeigt nur Probeläufe, unabhängig von ihrem Ergebnis. Der Filter gilt für den ganzen Verlauf im Arbeitsbereich, nicht nur für die bisher geladenen Zeilen.</translation>
    </message>
    <message>
        <source>Show only runs started within this period</source>
        <translation>Nur Läufe anzeigen, die in diesem Zeitraum gestartet wurden</translation>
    </message>
    <message>
        <source>Narrows the history to runs started in the last hour, 24 hours, 7 days or 30 days, counted back from when the list was last loaded. Any time shows the whole history.</source>
        <translation>Beschränkt den Verlauf auf Läufe, die in der letzten Stunde, den letzten 24 Stunden, 7 Tagen oder 30 Tagen gestartet wurden, gerechnet ab dem letzten Laden der Liste. Jederzeit zeigt den ganzen Verlauf.</translation>
    </message>
</context>
<context>
    <name>Syncline::AddRuleCommand</name>
    <message>
        <source>Add a validation rule for %1</source>
        <translation>Prüfregel für %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>Syncline::AlertChannel</name>
    <message>
        <source>[Syncline] FIRING %1%2</source>
        <translation>[Syncline] AUSGELÖST %1%2</translation>
    </message>
    <message>
        <source>[Syncline] RESOLVED %1%2</source>
        <translation>[Syncline] BEHOBEN %1%2</translation>
    </message>
    <message>
        <source>%1

Rule: %2
Job: %3
State: %4
Severity: %5
Value: %6
Threshold: %7
At: %8
</source>
        <translation>%1

Regel: %2
Job: %3
Zustand: %4
Schweregrad: %5
Wert: %6
Schwellenwert: %7
Zeitpunkt: %8
</translation>
    </message>
</context>
<context>
    <name>Syncline::AlertHistoryModel</name>
    <message>
        <source>fired</source>
        <translation>ausgelöst</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>erholt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Syncline::AlertMonitor</name>
    <message>
        <source>This is a test message from Syncline through channel &apos;%1&apos;.</source>
        <translation>Dies ist eine Testmeldung von Syncline über den Kanal „%1“.</translation>
    </message>
</context>
<context>
    <name>Syncline::AlertRuleCheck</name>
    <message>
        <source>job %1: %2 of %3 rows quarantined in the last %4 (%5, threshold %6)</source>
        <translation>Job %1: %2 von %3 Zeilen in den letzten %4 in Quarantäne (%5, Schwellenwert %6)</translation>
    </message>
    <message>
        <source>job %1: %2 of %3 runs failed in the last %4 (%5, threshold %6)</source>
        <translation>Job %1: %2 von %3 Läufen in den letzten %4 fehlgeschlagen (%5, Schwellenwert %6)</translation>
    </message>
    <message>
        <source>job %1: p95 latency %2 ms in the last %3 (threshold %4 ms)</source>
        <translation>Job %1: p95-Latenz %2 ms in den letzten %3 (Schwellenwert %4 ms)</translation>
    </message>
    <message>
        <source>job %1: no latency measured in the last %2</source>
        <translation>Job %1: in den letzten %2 keine Latenz gemessen</translation>
    </message>
    <message>
        <source>job %1: %2 failed run(s) in a row (threshold %3)</source>
        <translation>Job %1: fehlgeschlagene Läufe in Folge: %2 (Schwellenwert %3)</translation>
    </message>
    <message>
        <source>job %1: %2 conflict(s) waiting for a decision (threshold %3)</source>
        <translation>Job %1: Konflikte, die auf eine Entscheidung warten: %2 (Schwellenwert %3)</translation>
    </message>
    <message>
        <source>job %1: unknown job</source>
        <translation>Job %1: unbekannter Job</translation>
    </message>
    <message>
        <source>job %1: last run started %2 ago (limit %3)</source>
        <translation>Job %1: letzter Lauf vor %2 gestartet (Grenze %3)</translation>
    </message>
    <message>
        <source>job %1: never ran; configured %2 ago (limit %3)</source>
        <translation>Job %1: nie gelaufen; vor %2 eingerichtet (Grenze %3)</translation>
    </message>
</context>
<context>
    <name>Syncline::AlertStateModel</name>
    <message>
        <source>firing</source>
        <translation>ausgelöst</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Has not fired since it was configured.</source>
        <translation>Seit der Einrichtung nicht ausgelöst.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Letzte Meldung</translation>
    </message>
</context>
<context>
    <name>Syncline::AlertsPanel</name>
    <message>
        <source>Alerts cannot be read: %1</source>
        <translation>Alarme können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No alert rules: add an &quot;alerts&quot; array to the config.</source>
        <translation>Keine Alarmregeln: Fügen Sie der Konfiguration ein Array „alerts“ hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n alert rule(s) firing</source>
        <translation>
            <numerusform>%1 von %n Alarmregel ausgelöst</numerusform>
            <numerusform>%1 von %n Alarmregeln ausgelöst</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Syncline::AuditModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>Syncline::AuditView</name>
    <message>
        <source>Select an entry to see its detail.</source>
        <translation>Wählen Sie einen Eintrag, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>No audit entries yet.</source>
        <translation>Noch keine Audit-Einträge.</translation>
    </message>
    <message>
        <source>Every change to the workspace&apos;s endpoints, mappings and jobs is recorded here: who made it, when, and the values before and after.</source>
        <translation>Jede Änderung an den Endpunkten, Zuordnungen und Jobs des Arbeitsbereichs wird hier festgehalten: wer sie vorgenommen hat, wann, und die Werte davor und danach.</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4</source>
        <extracomment>time, actor, action, object: the heading of an audit entry&apos;s detail</extracomment>
        <translation>%1  %2  %3  %4</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <extracomment>entries shown, entries loaded</extracomment>
        <translation>%1 von %2 Einträgen</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Conflict resolutions</source>
        <translation>Konfliktauflösungen</translation>
    </message>
</context>
<context>
    <name>Syncline::AutoMapCommand</name>
    <message numerus="yes">
        <source>Auto-map %n field(s)</source>
        <translation>
            <numerusform>%n Feld automatisch zuordnen</numerusform>
            <numerusform>%n Felder automatisch zuordnen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Syncline::ChangeRuleCommand</name>
    <message>
        <source>Change the validation rule for %1</source>
        <translation>Prüfregel für %1 ändern</translation>
    </message>
</context>
<context>
    <name>Syncline::ChangeTransformCommand</name>
    <message>
        <source>Change the transform of %1</source>
        <translation>Transformation von %1 ändern</translation>
    </message>
</context>
<context>
    <name>Syncline::ConflictDetailPanel</name>
    <message>
        <source>No conflict selected.</source>
        <translation>Kein Konflikt ausgewählt.</translation>
    </message>
    <message>
        <source>Select a pending conflict in the list to compare its source, base and target values field by field and choose what both sides keep.</source>
        <translation>Wählen Sie einen offenen Konflikt in der Liste, um seine Quell-, Basis- und Zielwerte Feld für Feld zu vergleichen und festzulegen, was beide Seiten behalten.</translation>
    </message>
    <message>
        <source>The source changed this field since the last sync.</source>
        <translation>Die Quelle hat dieses Feld seit der letzten Synchronisation geändert.</translation>
    </message>
    <message>
        <source>The target changed this field since the last sync.</source>
        <translation>Das Ziel hat dieses Feld seit der letzten Synchronisation geändert.</translation>
    </message>
    <message>
        <source>Both sides changed this field to different values: choose one.</source>
        <translation>Beide Seiten haben dieses Feld auf unterschiedliche Werte geändert: Wählen Sie einen.</translation>
    </message>
    <message>
        <source>Both sides changed this field to the same value.</source>
        <translation>Beide Seiten haben dieses Feld auf denselben Wert geändert.</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>A merged value you typed in.</source>
        <translation>Ein zusammengeführter Wert, den Sie eingegeben haben.</translation>
    </message>
    <message>
        <source>Show only the fields that differ from the base</source>
        <translation>Nur die Felder zeigen, die von der Basis abweichen</translation>
    </message>
    <message>
        <source>Folds away the fields neither side changed since the last sync, so long rows show only what needs a decision. The merged result still writes every field.</source>
        <translation>Blendet die Felder aus, die seit der letzten Synchronisation keine Seite geändert hat, damit lange Zeilen nur zeigen, was eine Entscheidung braucht. Das zusammengeführte Ergebnis schreibt trotzdem jedes Feld.</translation>
    </message>
    <message>
        <source>One row per field. Click a circle or double-click a value to take it; double-click the merged result to edit it.</source>
        <translation>Eine Zeile pro Feld. Klicken Sie auf einen Kreis oder doppelklicken Sie auf einen Wert, um ihn zu übernehmen; doppelklicken Sie auf das zusammengeführte Ergebnis, um es zu bearbeiten.</translation>
    </message>
    <message>
        <source>The conflict field by field: the source&apos;s value, the base (what both sides had after the last sync), the target&apos;s value and the merged result Apply writes to both sides. Colours say which side changed a field; changed words are highlighted against the base. Alt+Left and Alt+Right take the source&apos;s or the target&apos;s value for the current field.</source>
        <translation>Der Konflikt Feld für Feld: der Wert der Quelle, die Basis (was beide Seiten nach der letzten Synchronisation hatten), der Wert des Ziels und das zusammengeführte Ergebnis, das Anwenden auf beide Seiten schreibt. Farben zeigen, welche Seite ein Feld geändert hat; geänderte Wörter sind gegenüber der Basis hervorgehoben. Alt+Links und Alt+Rechts übernehmen für das aktuelle Feld den Wert der Quelle bzw. des Ziels.</translation>
    </message>
    <message>
        <source>The merged value of the current field, as text in the field&apos;s type</source>
        <translation>Der zusammengeführte Wert des aktuellen Felds, als Text im Typ des Felds</translation>
    </message>
    <message>
        <source>Type the value both sides should get for the current field, then press Set (or Ctrl+Enter... inside the editor: Set). It is checked against the field&apos;s type (numbers, decimals, timestamps as YYYY-MM-DD HH:MM:SS+00:00, true/false) and refused with the reason when it does not fit.</source>
        <translation>Geben Sie den Wert ein, den beide Seiten für das aktuelle Feld erhalten sollen, und klicken Sie dann auf Setzen (oder Strg+Enter... im Editor: Setzen). Er wird gegen den Typ des Felds geprüft (Zahlen, Dezimalzahlen, Zeitstempel als YYYY-MM-DD HH:MM:SS+00:00, true/false) und mit Begründung abgelehnt, wenn er nicht passt.</translation>
    </message>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>Write SQL NULL (no value) instead of the text</source>
        <translation>SQL NULL (kein Wert) statt des Texts schreiben</translation>
    </message>
    <message>
        <source>Checked, the merged result is SQL NULL, which is not the same as an empty string. Unchecked with an empty editor, it is an empty string.</source>
        <translation>Angekreuzt ist das zusammengeführte Ergebnis SQL NULL, was nicht dasselbe ist wie eine leere Zeichenkette. Nicht angekreuzt und mit leerem Editor ist es eine leere Zeichenkette.</translation>
    </message>
    <message>
        <source>Set merged value</source>
        <translation>Zusammengeführten Wert setzen</translation>
    </message>
    <message>
        <source>Check the value against the field&apos;s type and put it in the merged result (undoable)</source>
        <translation>Den Wert gegen den Typ des Felds prüfen und ins zusammengeführte Ergebnis übernehmen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Puts the editor&apos;s value into the Merged result column for the current field, after checking it against the field&apos;s type. An invalid value is refused and the reason shown below the editor.</source>
        <translation>Übernimmt den Wert des Editors für das aktuelle Feld in die Spalte „Zusammengeführtes Ergebnis“, nachdem er gegen den Typ des Felds geprüft wurde. Ein ungültiger Wert wird abgelehnt und der Grund unter dem Editor angezeigt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <source>Show the previous conflict</source>
        <translation>Den vorherigen Konflikt zeigen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <source>Show the next conflict</source>
        <translation>Den nächsten Konflikt zeigen</translation>
    </message>
    <message>
        <source>◀ Take source value</source>
        <translation>◀ Quellwert übernehmen</translation>
    </message>
    <message>
        <source>Take the source&apos;s value for the current field</source>
        <translation>Den Wert der Quelle für das aktuelle Feld übernehmen</translation>
    </message>
    <message>
        <source>Take target value ▶</source>
        <translation>Zielwert übernehmen ▶</translation>
    </message>
    <message>
        <source>Take the target&apos;s value for the current field</source>
        <translation>Den Wert des Ziels für das aktuelle Feld übernehmen</translation>
    </message>
    <message>
        <source>Take source row</source>
        <translation>Quellzeile übernehmen</translation>
    </message>
    <message>
        <source>Make the merged result the source&apos;s whole row (its deletion, if it deleted it)</source>
        <translation>Die ganze Zeile der Quelle zum zusammengeführten Ergebnis machen (ihre Löschung, falls sie sie gelöscht hat)</translation>
    </message>
    <message>
        <source>Take target row</source>
        <translation>Zielzeile übernehmen</translation>
    </message>
    <message>
        <source>Make the merged result the target&apos;s whole row (its deletion, if it deleted it)</source>
        <translation>Die ganze Zeile des Ziels zum zusammengeführten Ergebnis machen (seine Löschung, falls es sie gelöscht hat)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Write the merged result to both sides and mark the conflict resolved</source>
        <translation>Das zusammengeführte Ergebnis auf beide Seiten schreiben und den Konflikt als aufgelöst markieren</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Undo: %1 (%2)</source>
        <translation>Rückgängig: %1 (%2)</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Redo: %1 (%2)</source>
        <translation>Wiederherstellen: %1 (%2)</translation>
    </message>
    <message>
        <source>nothing to redo</source>
        <translation>nichts wiederherzustellen</translation>
    </message>
    <message>
        <source>Apply  %1</source>
        <translation>Anwenden  %1</translation>
    </message>
    <message>
        <source>Previous  %1</source>
        <translation>Vorheriger  %1</translation>
    </message>
    <message>
        <source>Next  %1</source>
        <translation>Nächster  %1</translation>
    </message>
    <message>
        <source>◀ Take source  %1</source>
        <translation>◀ Quelle übernehmen  %1</translation>
    </message>
    <message>
        <source>Take target ▶  %1</source>
        <translation>Ziel übernehmen ▶  %1</translation>
    </message>
    <message>
        <source>Take source row  %1</source>
        <translation>Quellzeile übernehmen  %1</translation>
    </message>
    <message>
        <source>Take target row  %1</source>
        <translation>Zielzeile übernehmen  %1</translation>
    </message>
    <message>
        <source>Undo  %1</source>
        <translation>Rückgängig  %1</translation>
    </message>
    <message>
        <source>Redo  %1</source>
        <translation>Wiederherstellen  %1</translation>
    </message>
    <message>
        <source>Conflict %1</source>
        <translation>Konflikt %1</translation>
    </message>
    <message>
        <source>Reading the mapping of job %1…</source>
        <translation>Lese die Zuordnung von Job %1…</translation>
    </message>
    <message>
        <source>Could not read the mapping of job %1: %2. Values are shown untyped; edited values are checked when applied.</source>
        <translation>Die Zuordnung von Job %1 konnte nicht gelesen werden: %2. Werte werden ohne Typ angezeigt; bearbeitete Werte werden beim Anwenden geprüft.</translation>
    </message>
    <message>
        <source>Conflict %1 · %2</source>
        <translation>Konflikt %1 · %2</translation>
    </message>
    <message>
        <source>Job %1 · %2 · detected %3 · last seen %4</source>
        <translation>Job %1 · %2 · erkannt am %3 · zuletzt gesehen am %4</translation>
    </message>
    <message>
        <source>Resolved by %1 on %2 (took %3). Shown read-only.</source>
        <translation>Aufgelöst von %1 am %2 (übernommen: %3). Schreibgeschützt angezeigt.</translation>
    </message>
    <message>
        <source>The source deleted this row; the target changed it. Take the target&apos;s values to keep the row on both sides, or take the source to delete it on both sides.</source>
        <translation>Die Quelle hat diese Zeile gelöscht; das Ziel hat sie geändert. Übernehmen Sie die Werte des Ziels, um die Zeile auf beiden Seiten zu behalten, oder übernehmen Sie die Quelle, um sie auf beiden Seiten zu löschen.</translation>
    </message>
    <message>
        <source>The target deleted this row; the source changed it. Take the source&apos;s values to keep the row on both sides, or take the target to delete it on both sides.</source>
        <translation>Das Ziel hat diese Zeile gelöscht; die Quelle hat sie geändert. Übernehmen Sie die Werte der Quelle, um die Zeile auf beiden Seiten zu behalten, oder übernehmen Sie das Ziel, um sie auf beiden Seiten zu löschen.</translation>
    </message>
    <message>
        <source>Both sides inserted this key since the last sync, so there is no base to compare with: choose each differing field.</source>
        <translation>Beide Seiten haben diesen Schlüssel seit der letzten Synchronisation eingefügt, daher gibt es keine Basis zum Vergleichen: Wählen Sie jedes abweichende Feld.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Applying to both sides…</source>
        <translation>Wird auf beide Seiten angewendet…</translation>
    </message>
    <message>
        <source>This conflict is resolved.</source>
        <translation>Dieser Konflikt ist aufgelöst.</translation>
    </message>
    <message>
        <source>Apply deletes this row on both sides.</source>
        <translation>Anwenden löscht diese Zeile auf beiden Seiten.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) still to decide: %1.</source>
        <translation>
            <numerusform>Noch %n Feld zu entscheiden: %1.</numerusform>
            <numerusform>Noch %n Felder zu entscheiden: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ; the merged result is complete and Apply writes it to both sides.</source>
        <translation>
            <numerusform>%n Feld weicht ab; das zusammengeführte Ergebnis ist vollständig, und Anwenden schreibt es auf beide Seiten.</numerusform>
            <numerusform>%n Felder weichen ab; das zusammengeführte Ergebnis ist vollständig, und Anwenden schreibt es auf beide Seiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged value: select a field</source>
        <translation>Zusammengeführter Wert: Wählen Sie ein Feld</translation>
    </message>
    <message>
        <source>Merged value of &lt;b&gt;%1&lt;/b&gt; &lt;span style=&quot;color:gray&quot;&gt;(%2)&lt;/span&gt;%3</source>
        <translation>Zusammengeführter Wert von &lt;b&gt;%1&lt;/b&gt; &lt;span style=&quot;color:gray&quot;&gt;(%2)&lt;/span&gt;%3</translation>
    </message>
    <message>
        <source> · taken from the source, not editable</source>
        <translation> · aus der Quelle übernommen, nicht bearbeitbar</translation>
    </message>
    <message>
        <source>There is no field %1.</source>
        <translation>Es gibt kein Feld %1.</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be set.</source>
        <translation>%1 ist %2 und kann nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>part of the key</source>
        <translation>Teil des Schlüssels</translation>
    </message>
    <message>
        <source>computed from the source</source>
        <translation>aus der Quelle berechnet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the text NULL cannot be written as text here (it means SQL NULL); check the NULL box for SQL NULL.</source>
        <translation>%1: Der Text NULL kann hier nicht als Text geschrieben werden (er bedeutet SQL NULL); kreuzen Sie für SQL NULL das Kästchen NULL an.</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>take the %1&apos;s deletion</source>
        <translation>Löschung (%1) übernehmen</translation>
    </message>
    <message>
        <source>take %1 for %2</source>
        <translation>%1 für %2 übernehmen</translation>
    </message>
    <message>
        <source>take the source row</source>
        <translation>Quellzeile übernehmen</translation>
    </message>
    <message>
        <source>take the target row</source>
        <translation>Zielzeile übernehmen</translation>
    </message>
    <message>
        <source>Choose a value for every field marked “Choose a value” before applying.</source>
        <translation>Wählen Sie vor dem Anwenden für jedes mit „Wert wählen“ markierte Feld einen Wert.</translation>
    </message>
    <message>
        <source>Not applied; the conflict stays pending. %1</source>
        <translation>Nicht angewendet; der Konflikt bleibt offen. %1</translation>
    </message>
    <message>
        <source>Applied: both sides now hold the merged result and the conflict is resolved.</source>
        <translation>Angewendet: Beide Seiten haben jetzt das zusammengeführte Ergebnis, und der Konflikt ist aufgelöst.</translation>
    </message>
    <message>
        <source>Whole row:</source>
        <translation>Ganze Zeile:</translation>
    </message>
    <message>
        <source>Current field:</source>
        <translation>Aktuelles Feld:</translation>
    </message>
    <message>
        <source>Source changed</source>
        <translation>Quelle geändert</translation>
    </message>
    <message>
        <source>Target changed</source>
        <translation>Ziel geändert</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Same on both</source>
        <translation>Auf beiden gleich</translation>
    </message>
    <message>
        <source>Hide unchanged</source>
        <translation>Unverändertes ausblenden</translation>
    </message>
</context>
<context>
    <name>Syncline::ConflictDiffModel</name>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Changed on source</source>
        <translation>In der Quelle geändert</translation>
    </message>
    <message>
        <source>Changed on target</source>
        <translation>Im Ziel geändert</translation>
    </message>
    <message>
        <source>Changed on both, alike</source>
        <translation>Auf beiden Seiten gleich geändert</translation>
    </message>
    <message>
        <source>Changed on both (conflict)</source>
        <translation>Auf beiden Seiten geändert (Konflikt)</translation>
    </message>
    <message>
        <source>%1 (%2): %3%4</source>
        <translation>%1 (%2): %3%4</translation>
    </message>
    <message>
        <source>; part of the key</source>
        <translation>; Teil des Schlüssels</translation>
    </message>
    <message>
        <source>; computed from the source, cannot be picked</source>
        <translation>; aus der Quelle berechnet, nicht wählbar</translation>
    </message>
    <message>
        <source>Choose a value</source>
        <translation>Wert wählen</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>no base</source>
        <translation>keine Basis</translation>
    </message>
    <message>
        <source>Source value. Double-click or click the circle to take it for the merged result (Alt+Left).</source>
        <translation>Wert der Quelle. Doppelklicken oder auf den Kreis klicken, um ihn ins zusammengeführte Ergebnis zu übernehmen (Alt+Links).</translation>
    </message>
    <message>
        <source>Base: the value both sides had after the last sync. Double-click to take it back.</source>
        <translation>Basis: der Wert, den beide Seiten nach der letzten Synchronisation hatten. Doppelklicken, um ihn wieder zu übernehmen.</translation>
    </message>
    <message>
        <source>No base: both sides inserted this key.</source>
        <translation>Keine Basis: Beide Seiten haben diesen Schlüssel eingefügt.</translation>
    </message>
    <message>
        <source>Target value. Double-click or click the circle to take it for the merged result (Alt+Right).</source>
        <translation>Wert des Ziels. Doppelklicken oder auf den Kreis klicken, um ihn ins zusammengeführte Ergebnis zu übernehmen (Alt+Rechts).</translation>
    </message>
    <message>
        <source>What Apply writes to both sides. Double-click to edit.</source>
        <translation>Was Anwenden auf beide Seiten schreibt. Doppelklicken zum Bearbeiten.</translation>
    </message>
    <message>
        <source>SQL NULL (no value).</source>
        <translation>SQL NULL (kein Wert).</translation>
    </message>
    <message>
        <source>An empty string (not NULL).</source>
        <translation>Eine leere Zeichenkette (nicht NULL).</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Source · %1</source>
        <translation>Quelle · %1</translation>
    </message>
    <message>
        <source>Base (last synced)</source>
        <translation>Basis (zuletzt synchronisiert)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Target · %1</source>
        <translation>Ziel · %1</translation>
    </message>
    <message>
        <source>Merged result</source>
        <translation>Zusammengeführtes Ergebnis</translation>
    </message>
    <message>
        <source>The source deleted this row. Pick it to delete the row on both sides (Alt+Left).</source>
        <translation>Die Quelle hat diese Zeile gelöscht. Wählen Sie dies, um die Zeile auf beiden Seiten zu löschen (Alt+Links).</translation>
    </message>
    <message>
        <source>The target deleted this row. Pick it to delete the row on both sides (Alt+Right).</source>
        <translation>Das Ziel hat diese Zeile gelöscht. Wählen Sie dies, um die Zeile auf beiden Seiten zu löschen (Alt+Rechts).</translation>
    </message>
    <message>
        <source>Source · deleted</source>
        <translation>Quelle · gelöscht</translation>
    </message>
    <message>
        <source>Target · deleted</source>
        <translation>Ziel · gelöscht</translation>
    </message>
</context>
<context>
    <name>Syncline::ConflictListModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>Conflict %1 of job %2 on %3</source>
        <translation>Konflikt %1 von Job %2 an %3</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Zurückgestellt bis %1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Fields in conflict</source>
        <translation>Felder im Konflikt</translation>
    </message>
    <message>
        <source>Detected at</source>
        <translation>Erkannt am</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
</context>
<context>
    <name>Syncline::ConflictRulesDialog</name>
    <message>
        <source>Take source</source>
        <translation>Quelle übernehmen</translation>
    </message>
    <message>
        <source>Take target</source>
        <translation>Ziel übernehmen</translation>
    </message>
    <message>
        <source>Newest by a time field</source>
        <translation>Neueste nach einem Zeitfeld</translation>
    </message>
    <message>
        <source>JavaScript function</source>
        <translation>JavaScript-Funktion</translation>
    </message>
</context>
<context>
    <name>Syncline::ConflictsView</name>
    <message>
        <source>Loading the workspace…</source>
        <translation>Arbeitsbereich wird geladen…</translation>
    </message>
    <message>
        <source>No conflicts pending.</source>
        <translation>Keine offenen Konflikte.</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Alle Jobs</translation>
    </message>
    <message>
        <source>All entities</source>
        <translation>Alle Entitäten</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Alle Felder</translation>
    </message>
    <message>
        <source>Conflict %1 stays pending: %2</source>
        <translation>Konflikt %1 bleibt offen: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Next conflict</source>
        <translation>Nächster Konflikt</translation>
    </message>
    <message>
        <source>Review the next conflict in the list</source>
        <translation>Den nächsten Konflikt der Liste prüfen</translation>
    </message>
    <message>
        <source>Previous conflict</source>
        <translation>Vorheriger Konflikt</translation>
    </message>
    <message>
        <source>Review the previous conflict in the list</source>
        <translation>Den vorherigen Konflikt der Liste prüfen</translation>
    </message>
    <message>
        <source>Search keys</source>
        <translation>Schlüssel suchen</translation>
    </message>
    <message>
        <source>Search the keys</source>
        <translation>In den Schlüsseln suchen</translation>
    </message>
    <message>
        <source>Take source for all selected</source>
        <translation>Quelle für alle ausgewählten übernehmen</translation>
    </message>
    <message>
        <source>Resolve the selected conflicts with the source&apos;s rows</source>
        <translation>Die ausgewählten Konflikte mit den Zeilen der Quelle auflösen</translation>
    </message>
    <message>
        <source>Take target for all selected</source>
        <translation>Ziel für alle ausgewählten übernehmen</translation>
    </message>
    <message>
        <source>Resolve the selected conflicts with the target&apos;s rows</source>
        <translation>Die ausgewählten Konflikte mit den Zeilen des Ziels auflösen</translation>
    </message>
    <message>
        <source>taking the source&apos;s row</source>
        <translation>mit der Zeile der Quelle</translation>
    </message>
    <message>
        <source>taking the target&apos;s row</source>
        <translation>mit der Zeile des Ziels</translation>
    </message>
    <message>
        <source>Snooze for an hour</source>
        <translation>Für eine Stunde zurückstellen</translation>
    </message>
    <message>
        <source>Hide the selected conflicts for an hour</source>
        <translation>Die ausgewählten Konflikte für eine Stunde ausblenden</translation>
    </message>
    <message>
        <source>Snooze for a day</source>
        <translation>Für einen Tag zurückstellen</translation>
    </message>
    <message>
        <source>Hide the selected conflicts until this time tomorrow</source>
        <translation>Die ausgewählten Konflikte bis morgen um diese Zeit ausblenden</translation>
    </message>
    <message>
        <source>Snooze for a week</source>
        <translation>Für eine Woche zurückstellen</translation>
    </message>
    <message>
        <source>Hide the selected conflicts for a week</source>
        <translation>Die ausgewählten Konflikte für eine Woche ausblenden</translation>
    </message>
    <message>
        <source>Un-snooze</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <source>Bring the selected snoozed conflicts back now</source>
        <translation>Die ausgewählten zurückgestellten Konflikte jetzt zurückholen</translation>
    </message>
    <message>
        <source>No saved rules (Rules… creates one)</source>
        <translation>Keine gespeicherten Regeln („Regeln…“ legt eine an)</translation>
    </message>
    <message>
        <source>By rule “%1”</source>
        <translation>Nach Regel „%1“</translation>
    </message>
    <message>
        <source>by the rule “%1”</source>
        <translation>nach der Regel „%1“</translation>
    </message>
    <message>
        <source>A conflict is a row a two-way job found changed differently on both sides. This workspace has no two-way jobs, so none can arise.</source>
        <translation>Ein Konflikt ist eine Zeile, die ein bidirektionaler Job auf beiden Seiten unterschiedlich geändert vorfand. Dieser Arbeitsbereich hat keine bidirektionalen Jobs, daher können keine entstehen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>All %1 matching selected</source>
        <translation>Alle %1 Treffer ausgewählt</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 Konflikt</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>%1 Konflikte</translation>
    </message>
    <message>
        <source>%1 of %2 conflicts loaded</source>
        <extracomment>conflicts loaded, conflicts matching</extracomment>
        <translation>%1 von %2 Konflikten geladen</translation>
    </message>
    <message>
        <source>No conflicts match the filters.</source>
        <translation>Keine Konflikte passen zu den Filtern.</translation>
    </message>
    <message>
        <source>Clear the filters or the key search to see the rest.</source>
        <translation>Leeren Sie die Filter oder die Schlüsselsuche, um den Rest zu sehen.</translation>
    </message>
    <message>
        <source>A conflict is a row a two-way job found changed differently on both sides, which its conflict policy leaves to you. The last runs left none.</source>
        <translation>Ein Konflikt ist eine Zeile, die ein bidirektionaler Job auf beiden Seiten unterschiedlich geändert vorfand und die seine Konfliktstrategie Ihnen überlässt. Die letzten Läufe haben keine hinterlassen.</translation>
    </message>
    <message>
        <source>Resolve the selected conflict %1? Both sides will hold the chosen row.</source>
        <extracomment>how many conflicts, how (&quot;taking the source&apos;s row&quot;)</extracomment>
        <translation>Den ausgewählten Konflikt %1 auflösen? Beide Seiten erhalten die gewählte Zeile.</translation>
    </message>
    <message>
        <source>Resolve %1 conflicts %2? Both sides will hold the chosen rows.</source>
        <translation>%1 Konflikte %2 auflösen? Beide Seiten erhalten die gewählten Zeilen.</translation>
    </message>
    <message>
        <source>Resolve conflicts</source>
        <translation>Konflikte auflösen</translation>
    </message>
    <message>
        <source>Resolving %1 conflicts…</source>
        <translation>%1 Konflikte werden aufgelöst…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling after the batch in flight…</source>
        <translation>Abbruch nach dem laufenden Stapel…</translation>
    </message>
    <message>
        <source>Nothing was resolved: %1</source>
        <translation>Nichts wurde aufgelöst: %1</translation>
    </message>
    <message>
        <source>Resolved 1 conflict.</source>
        <translation>1 Konflikt aufgelöst.</translation>
    </message>
    <message>
        <source>Resolved %1 conflicts.</source>
        <translation>%1 Konflikte aufgelöst.</translation>
    </message>
    <message>
        <source>Cancelled: the rest stay pending.</source>
        <translation>Abgebrochen: Der Rest bleibt offen.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 %2 stay pending; they are listed below with the reason.</source>
        <translation>%1 %2 bleiben offen; sie sind unten mit dem Grund aufgeführt.</translation>
    </message>
    <message>
        <source>Snoozed %1 until %2.</source>
        <translation>%1 bis %2 zurückgestellt.</translation>
    </message>
    <message>
        <source>Un-snoozed %1.</source>
        <translation>%1 zurückgeholt.</translation>
    </message>
    <message>
        <source>Resolve by rule</source>
        <translation>Nach Regel auflösen</translation>
    </message>
</context>
<context>
    <name>Syncline::ConnectFieldCommand</name>
    <message>
        <source>Map %1 to %2</source>
        <translation>%1 auf %2 abbilden</translation>
    </message>
</context>
<context>
    <name>Syncline::DashboardView</name>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Configured jobs</source>
        <translation>Eingerichtete Jobs</translation>
    </message>
    <message>
        <source>Runs (24 h)</source>
        <translation>Läufe (24 h)</translation>
    </message>
    <message>
        <source>Rows written (24 h)</source>
        <translation>Geschriebene Zeilen (24 h)</translation>
    </message>
    <message>
        <source>Rows rejected (24 h)</source>
        <translation>Abgelehnte Zeilen (24 h)</translation>
    </message>
    <message>
        <source>Running now</source>
        <translation>Läuft gerade</translation>
    </message>
    <message>
        <source>Runs started in the last 24 hours</source>
        <translation>In den letzten 24 Stunden gestartete Läufe</translation>
    </message>
    <message>
        <source>Rows inserted, updated and deleted by the runs of the last 24 hours (dry runs write nothing)</source>
        <translation>Von den Läufen der letzten 24 Stunden eingefügte, aktualisierte und gelöschte Zeilen (Probeläufe schreiben nichts)</translation>
    </message>
    <message>
        <source>Rows a target rejected in the runs of the last 24 hours</source>
        <translation>Zeilen, die ein Ziel in den Läufen der letzten 24 Stunden abgelehnt hat</translation>
    </message>
    <message>
        <source>No jobs yet.</source>
        <translation>Noch keine Jobs.</translation>
    </message>
    <message>
        <source>The dashboard shows every job&apos;s last run, the outcome of its recent runs and the rows it moved. Add a job in the Jobs view (Ctrl+3, then Ctrl+N), or create the demo with &lt;code&gt;synclinectl demo&lt;/code&gt;.</source>
        <translation>Die Übersicht zeigt für jeden Job den letzten Lauf, das Ergebnis seiner letzten Läufe und die bewegten Zeilen. Legen Sie einen Job in der Ansicht Jobs an (Strg+3, dann Strg+N) oder erstellen Sie die Demo mit &lt;code&gt;synclinectl demo&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Loading the workspace…</source>
        <translation>Arbeitsbereich wird geladen…</translation>
    </message>
    <message>
        <source>%1 endpoints · %2 mappings</source>
        <extracomment>endpoints · mappings</extracomment>
        <translation>%1 Endpunkte · %2 Zuordnungen</translation>
    </message>
    <message>
        <source>%1 failed · %2 cancelled</source>
        <extracomment>failed runs · cancelled runs</extracomment>
        <translation>%1 fehlgeschlagen · %2 abgebrochen</translation>
    </message>
    <message>
        <source>%1 inserted · %2 updated · %3 deleted</source>
        <translation>%1 eingefügt · %2 aktualisiert · %3 gelöscht</translation>
    </message>
    <message>
        <source>see the Runs view</source>
        <translation>siehe Ansicht Läufe</translation>
    </message>
    <message>
        <source>none quarantined</source>
        <translation>keine in Quarantäne</translation>
    </message>
    <message>
        <source>no job runs</source>
        <translation>kein Job läuft</translation>
    </message>
    <message>
        <source>%1.%2 → %3.%4 · %5</source>
        <extracomment>source endpoint.entity → target endpoint.entity · mapping name</extracomment>
        <translation>%1.%2 → %3.%4 · %5</translation>
    </message>
    <message>
        <source>mapping %1 is missing</source>
        <translation>Zuordnung %1 fehlt</translation>
    </message>
    <message>
        <source>Latency (change to apply)</source>
        <translation>Latenz (Änderung bis Anwendung)</translation>
    </message>
    <message>
        <source>How long changes waited between being made at the source and being applied to the target (jobs that know when a change was made: change-log and timestamp detection)</source>
        <translation>Wie lange Änderungen zwischen ihrer Entstehung in der Quelle und ihrer Anwendung im Ziel gewartet haben (Jobs, die wissen, wann eine Änderung gemacht wurde: Erkennung per Änderungsprotokoll und Zeitstempel)</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>rows/s</source>
        <translation>Zeilen/s</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 Zeilen/s</translation>
    </message>
    <message>
        <source>Failed runs</source>
        <translation>Fehlgeschlagene Läufe</translation>
    </message>
    <message>
        <source>% of runs</source>
        <translation>% der Läufe</translation>
    </message>
    <message>
        <source>%1 % of runs</source>
        <translation>%1 % der Läufe</translation>
    </message>
    <message>
        <source>Conflicts pending</source>
        <translation>Offene Konflikte</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>%1 offen</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Alle Jobs</translation>
    </message>
    <message>
        <source>Cannot read the metrics: %1</source>
        <translation>Die Metriken können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>Millisekunden</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>per minute</source>
        <extracomment>resolution of the chart points, e.g. &quot;per minute&quot;</extracomment>
        <translation>pro Minute</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>pro Stunde</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>Trends · %1 · points %2</source>
        <translation>Verläufe · %1 · Punkte %2</translation>
    </message>
    <message>
        <source>all jobs</source>
        <translation>alle Jobs</translation>
    </message>
</context>
<context>
    <name>Syncline::DemoWorkspace</name>
    <message>
        <source>The workspace %1 already has jobs; the demo was not created.</source>
        <translation>Der Arbeitsbereich %1 hat bereits Jobs; die Demo wurde nicht erstellt.</translation>
    </message>
    <message>
        <source>%1: cannot create the directory</source>
        <translation>%1: Verzeichnis kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 already exists; remove it or choose another data directory</source>
        <translation>%1 existiert bereits; entfernen Sie es oder wählen Sie ein anderes Datenverzeichnis</translation>
    </message>
    <message>
        <source>Created the demo in %1: crm.db with %2 customers and %3 orders, an empty edge.db, the jobs customers-push and orders-push, and the two-way job tickets-two-way (support.db and helpdesk.db) with conflicts to review.</source>
        <translation>Demo in %1 erstellt: crm.db mit %2 Kunden und %3 Bestellungen, eine leere edge.db, die Jobs customers-push und orders-push sowie der bidirektionale Job tickets-two-way (support.db und helpdesk.db) mit Konflikten zum Prüfen.</translation>
    </message>
</context>
<context>
    <name>Syncline::DiffCellDelegate</name>
    <message>
        <source>%1 (key)</source>
        <translation>%1 (Schlüssel)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>⚠ Choose a value</source>
        <translation>⚠ Wert wählen</translation>
    </message>
    <message>
        <source>Deleted on both sides</source>
        <translation>Auf beiden Seiten gelöscht</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>… more</source>
        <translation>… mehr</translation>
    </message>
</context>
<context>
    <name>Syncline::DisconnectFieldCommand</name>
    <message>
        <source>Unmap %1</source>
        <translation>Zuordnung von %1 entfernen</translation>
    </message>
</context>
<context>
    <name>Syncline::EndpointForm</name>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Passwords are never stored in the workspace: name an environment variable that holds the password, or keep it in the OS keychain.</source>
        <translation>Passwörter werden nie im Arbeitsbereich gespeichert: Nennen Sie eine Umgebungsvariable, die das Passwort enthält, oder legen Sie es im Schlüsselbund des Systems ab.</translation>
    </message>
    <message>
        <source>A saved endpoint keeps its name; clone it to make one under another name.</source>
        <translation>Ein gespeicherter Endpunkt behält seinen Namen; klonen Sie ihn, um einen unter anderem Namen anzulegen.</translation>
    </message>
    <message>
        <source>Give the endpoint a name.</source>
        <translation>Geben Sie dem Endpunkt einen Namen.</translation>
    </message>
    <message>
        <source>Enter the PostgreSQL server&apos;s host name.</source>
        <translation>Geben Sie den Hostnamen des PostgreSQL-Servers ein.</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>Geben Sie den Namen der Datenbank ein.</translation>
    </message>
    <message>
        <source>Choose the SQLite database file.</source>
        <translation>Wählen Sie die SQLite-Datenbankdatei.</translation>
    </message>
    <message>
        <source>Choose a SQLite database</source>
        <translation>SQLite-Datenbank wählen</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>(incomplete)</source>
        <translation>(unvollständig)</translation>
    </message>
</context>
<context>
    <name>Syncline::EndpointListModel</name>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>$%1, else keychain</source>
        <translation>$%1, sonst Schlüsselbund</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>Syncline::EndpointsView</name>
    <message>
        <source>Add an endpoint (Ctrl+N)</source>
        <translation>Endpunkt hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>Start a new endpoint from the selected one</source>
        <translation>Einen neuen Endpunkt aus dem ausgewählten beginnen</translation>
    </message>
    <message>
        <source>Delete the selected endpoint (Del)</source>
        <translation>Den ausgewählten Endpunkt löschen (Entf)</translation>
    </message>
    <message>
        <source>No endpoints yet.</source>
        <translation>Noch keine Endpunkte.</translation>
    </message>
    <message>
        <source>Endpoints are the databases Syncline keeps consistent. Add one with &lt;b&gt;New&lt;/b&gt; (Ctrl+N): a SQLite file or a PostgreSQL server.</source>
        <translation>Endpunkte sind die Datenbanken, die Syncline konsistent hält. Fügen Sie einen mit &lt;b&gt;Neu&lt;/b&gt; (Strg+N) hinzu: eine SQLite-Datei oder einen PostgreSQL-Server.</translation>
    </message>
    <message>
        <source>Select an endpoint to browse its tables.</source>
        <translation>Wählen Sie einen Endpunkt, um seine Tabellen zu durchsuchen.</translation>
    </message>
    <message>
        <source>Add an endpoint to browse its tables.</source>
        <translation>Fügen Sie einen Endpunkt hinzu, um seine Tabellen zu durchsuchen.</translation>
    </message>
    <message>
        <source>Save or test the endpoint to browse its tables.</source>
        <translation>Speichern oder testen Sie den Endpunkt, um seine Tabellen zu durchsuchen.</translation>
    </message>
    <message>
        <source>%1-copy</source>
        <translation>%1-kopie</translation>
    </message>
    <message>
        <source>%1-copy%2</source>
        <translation>%1-kopie%2</translation>
    </message>
    <message>
        <source>A copy of %1; it is saved under the new name when you press Save.</source>
        <translation>Eine Kopie von %1; sie wird unter dem neuen Namen gespeichert, wenn Sie auf Speichern klicken.</translation>
    </message>
    <message>
        <source>the new endpoint</source>
        <translation>den neuen Endpunkt</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to %1?</source>
        <translation>Die ungespeicherten Änderungen an %1 verwerfen?</translation>
    </message>
    <message>
        <source>An endpoint named %1 already exists; choose another name.</source>
        <translation>Ein Endpunkt namens %1 existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saved endpoint %1.</source>
        <translation>Endpunkt %1 gespeichert.</translation>
    </message>
    <message>
        <source>Delete endpoint</source>
        <translation>Endpunkt löschen</translation>
    </message>
    <message>
        <source>Delete the endpoint %1 from the workspace?

Its database is not touched; a password kept in the OS keychain stays there.</source>
        <translation>Den Endpunkt %1 aus dem Arbeitsbereich löschen?

Seine Datenbank bleibt unberührt; ein im Schlüsselbund des Systems abgelegtes Passwort bleibt dort.</translation>
    </message>
    <message>
        <source>Deleted endpoint %1.</source>
        <translation>Endpunkt %1 gelöscht.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Connected to %1 in %2 ms · 1 table</source>
        <extracomment>server version, milliseconds, number of tables</extracomment>
        <translation>Verbunden mit %1 in %2 ms · 1 Tabelle</translation>
    </message>
    <message>
        <source>Connected to %1 in %2 ms · %3 tables</source>
        <translation>Verbunden mit %1 in %2 ms · %3 Tabellen</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Reading the tables of %1…</source>
        <translation>Lese die Tabellen von %1…</translation>
    </message>
    <message>
        <source>Cannot read the tables: %1</source>
        <translation>Die Tabellen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 has no tables.</source>
        <translation>%1 hat keine Tabellen.</translation>
    </message>
    <message>
        <source>%1: the first %2 of %3 tables</source>
        <translation>%1: die ersten %2 von %3 Tabellen</translation>
    </message>
    <message>
        <source>%1: 1 table</source>
        <translation>%1: 1 Tabelle</translation>
    </message>
    <message>
        <source>%1: %2 tables</source>
        <translation>%1: %2 Tabellen</translation>
    </message>
    <message>
        <source>%1 (some could not be described: %2)</source>
        <translation>%1 (einige konnten nicht beschrieben werden: %2)</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Passwort setzen</translation>
    </message>
    <message>
        <source>Password of %1, kept in the OS keychain (never in the workspace):</source>
        <translation>Passwort von %1, abgelegt im Schlüsselbund des Systems (nie im Arbeitsbereich):</translation>
    </message>
    <message>
        <source>Storing the password in the OS keychain…</source>
        <translation>Passwort wird im Schlüsselbund des Systems abgelegt…</translation>
    </message>
    <message>
        <source>Stored the password of %1 in the OS keychain.</source>
        <translation>Passwort von %1 im Schlüsselbund des Systems abgelegt.</translation>
    </message>
    <message>
        <source>No mapping uses this endpoint.</source>
        <translation>Keine Zuordnung verwendet diesen Endpunkt.</translation>
    </message>
    <message>
        <source>Used by the mappings: %1</source>
        <translation>Verwendet von den Zuordnungen: %1</translation>
    </message>
</context>
<context>
    <name>Syncline::FieldConnectorView</name>
    <message>
        <source>%1: click to edit its transform</source>
        <translation>%1: klicken, um die Transformation zu bearbeiten</translation>
    </message>
</context>
<context>
    <name>Syncline::GettingStartedDialog</name>
    <message>
        <source>Getting Started with Syncline</source>
        <translation>Erste Schritte mit Syncline</translation>
    </message>
    <message>
        <source>A walk through the first sync: two endpoints, a mapping, a dry run and a run.</source>
        <translation>Ein Rundgang durch die erste Synchronisation: zwei Endpunkte, eine Zuordnung, ein Probelauf und ein Lauf.</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>&lt;p&gt;Syncline keeps tables in two databases consistent. You connect the two databases as &lt;b&gt;endpoints&lt;/b&gt;, say in a &lt;b&gt;mapping&lt;/b&gt; which source columns fill which target columns, and a &lt;b&gt;job&lt;/b&gt; runs the mapping. A &lt;b&gt;dry run&lt;/b&gt; shows what a run would change without writing anything. These four steps take a few minutes.&lt;/p&gt;&lt;p&gt;To try Syncline on sample data first, run &lt;code&gt;synclinectl demo&lt;/code&gt; in a terminal and restart the console: it creates two demo databases with endpoints, mappings and jobs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Syncline hält Tabellen in zwei Datenbanken konsistent. Sie verbinden die beiden Datenbanken als &lt;b&gt;Endpunkte&lt;/b&gt;, legen in einer &lt;b&gt;Zuordnung&lt;/b&gt; fest, welche Quellspalten welche Zielspalten füllen, und ein &lt;b&gt;Job&lt;/b&gt; führt die Zuordnung aus. Ein &lt;b&gt;Probelauf&lt;/b&gt; zeigt, was ein Lauf ändern würde, ohne etwas zu schreiben. Diese vier Schritte dauern wenige Minuten.&lt;/p&gt;&lt;p&gt;Um Syncline zuerst mit Beispieldaten auszuprobieren, führen Sie &lt;code&gt;synclinectl demo&lt;/code&gt; in einem Terminal aus und starten die Konsole neu: Das legt zwei Demo-Datenbanken mit Endpunkten, Zuordnungen und Jobs an.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connect two endpoints</source>
        <translation>Zwei Endpunkte verbinden</translation>
    </message>
    <message>
        <source>&lt;p&gt;Open &lt;b&gt;Endpoints&lt;/b&gt; (Ctrl+2) and press &lt;b&gt;New&lt;/b&gt; (Ctrl+N). Give the endpoint a short name, choose its kind and fill in where it is: the database file for SQLite; host, port, database and user for PostgreSQL. The password is never stored in the workspace: name an environment variable that holds it, or keep it in the keychain of your desktop.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Test connection&lt;/b&gt;: Syncline connects and shows the server version and the tables it can see. Save, then add the second endpoint the same way.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Öffnen Sie &lt;b&gt;Endpunkte&lt;/b&gt; (Strg+2) und klicken Sie auf &lt;b&gt;Neu&lt;/b&gt; (Strg+N). Geben Sie dem Endpunkt einen kurzen Namen, wählen Sie seine Art und tragen Sie ein, wo er liegt: die Datenbankdatei bei SQLite; Host, Port, Datenbank und Benutzer bei PostgreSQL. Das Passwort wird nie im Arbeitsbereich gespeichert: Nennen Sie eine Umgebungsvariable, die es enthält, oder legen Sie es im Schlüsselbund Ihres Desktops ab.&lt;/p&gt;&lt;p&gt;Klicken Sie auf &lt;b&gt;Verbindung testen&lt;/b&gt;: Syncline verbindet sich und zeigt die Serverversion und die sichtbaren Tabellen. Speichern Sie und fügen Sie den zweiten Endpunkt ebenso hinzu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Endpoints, with the tables of the selected one</source>
        <translation>Endpunkte, mit den Tabellen des ausgewählten</translation>
    </message>
    <message>
        <source>Map the fields</source>
        <translation>Felder zuordnen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Open &lt;b&gt;Mappings&lt;/b&gt; (Ctrl+3) and create a mapping: choose the source endpoint and table, then the target endpoint and table. The designer shows the source fields on the left and the target fields on the right. Drag a source field onto a target field to map it, or press &lt;b&gt;Auto-map&lt;/b&gt; to map the fields with the same name. Pick the key the rows are matched by, add a transform where a value must change on the way, and watch the preview of sample rows.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Save&lt;/b&gt; writes the mapping to the workspace.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Öffnen Sie &lt;b&gt;Zuordnungen&lt;/b&gt; (Strg+3) und legen Sie eine Zuordnung an: Wählen Sie Quellendpunkt und -tabelle, dann Zielendpunkt und -tabelle. Der Designer zeigt links die Quellfelder und rechts die Zielfelder. Ziehen Sie ein Quellfeld auf ein Zielfeld, um es zuzuordnen, oder klicken Sie auf &lt;b&gt;Automatisch zuordnen&lt;/b&gt;, um gleichnamige Felder zuzuordnen. Wählen Sie den Schlüssel, über den die Zeilen abgeglichen werden, fügen Sie eine Transformation hinzu, wo sich ein Wert unterwegs ändern muss, und beobachten Sie die Vorschau der Beispielzeilen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Speichern&lt;/b&gt; schreibt die Zuordnung in den Arbeitsbereich.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The mapping designer with its preview</source>
        <translation>Der Zuordnungsdesigner mit seiner Vorschau</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>&lt;p&gt;Open &lt;b&gt;Jobs&lt;/b&gt; (Ctrl+4) and create a job for the mapping: the direction (push from source to target, pull, or two-way), whether to compare everything or only what changed, and what to do with deleted rows. Select the job and press &lt;b&gt;Dry run&lt;/b&gt; (Shift+F5).&lt;/p&gt;&lt;p&gt;The dry run reads both sides and lists every insert, update and delete the job would make. Nothing is written. Check that the list is what you expect.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Öffnen Sie &lt;b&gt;Jobs&lt;/b&gt; (Strg+4) und legen Sie einen Job für die Zuordnung an: die Richtung (Push von der Quelle zum Ziel, Pull oder bidirektional), ob alles oder nur Geändertes verglichen wird, und was mit gelöschten Zeilen geschieht. Wählen Sie den Job und klicken Sie auf &lt;b&gt;Probelauf&lt;/b&gt; (Umschalt+F5).&lt;/p&gt;&lt;p&gt;Der Probelauf liest beide Seiten und listet jede Einfügung, Aktualisierung und Löschung auf, die der Job vornehmen würde. Nichts wird geschrieben. Prüfen Sie, ob die Liste Ihren Erwartungen entspricht.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A job with the changes its dry run planned</source>
        <translation>Ein Job mit den Änderungen, die sein Probelauf geplant hat</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Press &lt;b&gt;Run now&lt;/b&gt; (F5). The status bar shows the progress; Esc cancels after the batch in flight, and running the job again continues where it stopped. When the run is done, &lt;b&gt;Runs&lt;/b&gt; (Ctrl+5) shows its counts and timings, and the rows the target rejected with the database&apos;s own message.&lt;/p&gt;&lt;p&gt;To run the job regularly, give it a schedule in the job editor. Servers run the same jobs without the console: &lt;code&gt;synclinectl run JOB&lt;/code&gt;, or the &lt;code&gt;synclinectl-daemon&lt;/code&gt; service.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Klicken Sie auf &lt;b&gt;Jetzt ausführen&lt;/b&gt; (F5). Die Statusleiste zeigt den Fortschritt; Esc bricht nach dem laufenden Stapel ab, und ein erneuter Lauf setzt dort fort, wo er aufgehört hat. Ist der Lauf fertig, zeigt &lt;b&gt;Läufe&lt;/b&gt; (Strg+5) seine Zähler und Zeiten sowie die vom Ziel abgelehnten Zeilen mit der Meldung der Datenbank.&lt;/p&gt;&lt;p&gt;Um den Job regelmäßig auszuführen, geben Sie ihm im Job-Editor einen Zeitplan. Server führen dieselben Jobs ohne die Konsole aus: &lt;code&gt;synclinectl run JOB&lt;/code&gt; oder der Dienst &lt;code&gt;synclinectl-daemon&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The run history</source>
        <translation>Der Laufverlauf</translation>
    </message>
    <message>
        <source>More help</source>
        <translation>Weitere Hilfe</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every field explains itself: hover over it for a tooltip, or press Shift+F1 and click the field for a longer explanation. Help &amp;gt; Keyboard Shortcuts lists the keys.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jedes Feld erklärt sich selbst: Halten Sie den Zeiger darüber für einen Tooltip, oder drücken Sie Umschalt+F1 und klicken Sie auf das Feld für eine längere Erklärung. Hilfe &amp;gt; Tastenkürzel listet die Tasten auf.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Syncline::InlineMessage</name>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>Syncline::JavaScriptHighlighter</name>
    <message>
        <source>The source has no such field</source>
        <translation>Die Quelle hat kein solches Feld</translation>
    </message>
</context>
<context>
    <name>Syncline::JobDetailsPanel</name>
    <message>
        <source>No job selected</source>
        <translation>Kein Job ausgewählt</translation>
    </message>
    <message>
        <source>Select a job to see its last run and its progress.</source>
        <translation>Wählen Sie einen Job, um seinen letzten Lauf und seinen Fortschritt zu sehen.</translation>
    </message>
    <message>
        <source>Mapping %1 · %2 · %3 · detect by %4</source>
        <extracomment>mapping · direction · mode · change detection, as in the config file</extracomment>
        <translation>Zuordnung %1 · %2 · %3 · Erkennung per %4</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Noch nie gelaufen</translation>
    </message>
    <message>
        <source>Run %1 · %2 · started %3</source>
        <extracomment>run id · status · start time</extracomment>
        <translation>Lauf %1 · %2 · gestartet %3</translation>
    </message>
    <message>
        <source>Run %1 · %2</source>
        <translation>Lauf %1 · %2</translation>
    </message>
    <message>
        <source>%1 · started %2 · not recorded in the workspace</source>
        <extracomment>status · start time, of a run the workspace has no record of</extracomment>
        <translation>%1 · gestartet %2 · nicht im Arbeitsbereich erfasst</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <source>Done · %1 rows in %2</source>
        <extracomment>rows read · duration of the finished run</extracomment>
        <translation>Fertig · %1 Zeilen in %2</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Läuft nicht</translation>
    </message>
</context>
<context>
    <name>Syncline::JobEditor</name>
    <message>
        <source>Push: source → target</source>
        <translation>Push: Quelle → Ziel</translation>
    </message>
    <message>
        <source>Pull: target → source</source>
        <translation>Pull: Ziel → Quelle</translation>
    </message>
    <message>
        <source>Two-way</source>
        <translation>Bidirektional</translation>
    </message>
    <message>
        <source>Incremental: compare the source with what was last synced</source>
        <translation>Inkrementell: die Quelle mit dem zuletzt Synchronisierten vergleichen</translation>
    </message>
    <message>
        <source>Full: compare the source with the target</source>
        <translation>Vollständig: die Quelle mit dem Ziel vergleichen</translation>
    </message>
    <message>
        <source>Row hash</source>
        <translation>Zeilen-Hash</translation>
    </message>
    <message>
        <source>Timestamp column</source>
        <translation>Zeitstempelspalte</translation>
    </message>
    <message>
        <source>Version column</source>
        <translation>Versionsspalte</translation>
    </message>
    <message>
        <source>Change-log triggers</source>
        <translation>Änderungsprotokoll-Trigger</translation>
    </message>
    <message>
        <source>Source wins</source>
        <translation>Quelle gewinnt</translation>
    </message>
    <message>
        <source>Target wins</source>
        <translation>Ziel gewinnt</translation>
    </message>
    <message>
        <source>Newest wins</source>
        <translation>Neueste gewinnt</translation>
    </message>
    <message>
        <source>First wins</source>
        <translation>Erste gewinnt</translation>
    </message>
    <message>
        <source>Manual (conflict queue)</source>
        <translation>Manuell (Konfliktwarteschlange)</translation>
    </message>
    <message>
        <source>Rule (JavaScript)</source>
        <translation>Regel (JavaScript)</translation>
    </message>
    <message>
        <source>source wins</source>
        <translation>Quelle gewinnt</translation>
    </message>
    <message>
        <source>target wins</source>
        <translation>Ziel gewinnt</translation>
    </message>
    <message>
        <source>Propagate</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Soft delete</source>
        <translation>Als gelöscht markieren</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>A saved job keeps its name; clone it to make one under another name.</source>
        <translation>Ein gespeicherter Job behält seinen Namen; klonen Sie ihn, um einen unter anderem Namen anzulegen.</translation>
    </message>
    <message>
        <source>Give the job a name.</source>
        <translation>Geben Sie dem Job einen Namen.</translation>
    </message>
    <message>
        <source>Choose the mapping the job runs.</source>
        <translation>Wählen Sie die Zuordnung, die der Job ausführt.</translation>
    </message>
    <message>
        <source>Name the source column that tells when a row changed.</source>
        <translation>Nennen Sie die Quellspalte, die angibt, wann sich eine Zeile geändert hat.</translation>
    </message>
    <message>
        <source>Name the timestamp field whose values decide a conflict.</source>
        <translation>Nennen Sie das Zeitstempelfeld, dessen Werte einen Konflikt entscheiden.</translation>
    </message>
    <message>
        <source>Write the JavaScript rule that decides a conflict.</source>
        <translation>Schreiben Sie die JavaScript-Regel, die einen Konflikt entscheidet.</translation>
    </message>
    <message>
        <source>Name the target column that flags deleted rows.</source>
        <translation>Nennen Sie die Zielspalte, die gelöschte Zeilen markiert.</translation>
    </message>
    <message>
        <source>Each run reads every source row and compares its hash.</source>
        <translation>Jeder Lauf liest jede Quellzeile und vergleicht ihren Hash.</translation>
    </message>
    <message>
        <source>Each run reads only the rows whose change column is at or past the last run&apos;s high-water mark; such runs cannot see deleted rows.</source>
        <translation>Jeder Lauf liest nur die Zeilen, deren Änderungsspalte die Hochwassermarke des letzten Laufs erreicht oder überschreitet; solche Läufe sehen keine gelöschten Zeilen.</translation>
    </message>
    <message>
        <source>Triggers on the source log the key of every changed or deleted row.</source>
        <translation>Trigger auf der Quelle protokollieren den Schlüssel jeder geänderten oder gelöschten Zeile.</translation>
    </message>
    <message>
        <source>%1 The conflict policy applies to two-way jobs only.</source>
        <translation>%1 Die Konfliktstrategie gilt nur für bidirektionale Jobs.</translation>
    </message>
    <message>
        <source>%1.%2 → %3.%4</source>
        <extracomment>source endpoint.entity → target endpoint.entity</extracomment>
        <translation>%1.%2 → %3.%4</translation>
    </message>
    <message>
        <source>not in the workspace</source>
        <translation>nicht im Arbeitsbereich</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>Auf Abruf</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Cron</source>
        <translation>Cron</translation>
    </message>
    <message>
        <source>Run once at start</source>
        <translation>Einmal beim Start ausführen</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>The schedule is not valid: %1</source>
        <translation>Der Zeitplan ist ungültig: %1</translation>
    </message>
</context>
<context>
    <name>Syncline::JobLease</name>
    <message>
        <source>another runner</source>
        <translation>ein anderer Prozess</translation>
    </message>
    <message>
        <source>job %1 is already running: its lease is held by %2; try again when that run ends</source>
        <extracomment>job, the lease holder (host:pid:uuid)</extracomment>
        <translation>Job %1 läuft bereits: Seine Sperre hält %2; versuchen Sie es erneut, wenn dieser Lauf beendet ist</translation>
    </message>
</context>
<context>
    <name>Syncline::JobListModel</name>
    <message>
        <source>Never run</source>
        <translation>Noch nie gelaufen</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
</context>
<context>
    <name>Syncline::JobTile</name>
    <message>
        <source>Recent runs, newest on the right: green succeeded, red failed, amber cancelled, blue dry run</source>
        <translation>Letzte Läufe, der neueste rechts: grün erfolgreich, rot fehlgeschlagen, gelb abgebrochen, blau Probelauf</translation>
    </message>
    <message>
        <source>Show %1 in the Jobs view</source>
        <translation>%1 in der Ansicht Jobs zeigen</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Noch nie gelaufen</translation>
    </message>
    <message>
        <source>No runs yet. Run it from the Jobs view (F5).</source>
        <translation>Noch keine Läufe. Starten Sie ihn in der Ansicht Jobs (F5).</translation>
    </message>
    <message>
        <source>Dry run %1 · %2 · %3 to insert, %4 to update, %5 to delete</source>
        <extracomment>start time · duration · inserted · updated · deleted</extracomment>
        <translation>Probelauf %1 · %2 · %3 einzufügen, %4 zu aktualisieren, %5 zu löschen</translation>
    </message>
    <message>
        <source>Last run %1 · %2 · %3 inserted, %4 updated, %5 deleted</source>
        <translation>Letzter Lauf %1 · %2 · %3 eingefügt, %4 aktualisiert, %5 gelöscht</translation>
    </message>
    <message>
        <source>%1 of %2 recent runs succeeded · %3 rows/s on average</source>
        <extracomment>succeeded runs, finished runs, rows per second</extracomment>
        <translation>%1 von %2 letzten Läufen erfolgreich · %3 Zeilen/s im Mittel</translation>
    </message>
    <message>
        <source>Lag: time since the start of the last successful run (changes made since may not be in the target yet). Latency: the 95th percentile of change-to-apply times in the newest minute, hour or day measured.</source>
        <translation>Rückstand: Zeit seit dem Start des letzten erfolgreichen Laufs (seitdem gemachte Änderungen sind womöglich noch nicht im Ziel). Latenz: das 95. Perzentil der Zeiten von der Änderung bis zur Anwendung in der jüngsten gemessenen Minute, Stunde oder am jüngsten Tag.</translation>
    </message>
    <message>
        <source>Lag: never succeeded</source>
        <translation>Rückstand: nie erfolgreich</translation>
    </message>
    <message>
        <source>Lag %1</source>
        <translation>Rückstand %1</translation>
    </message>
    <message>
        <source>latency p95 %1</source>
        <translation>Latenz p95 %1</translation>
    </message>
    <message>
        <source>no conflicts pending</source>
        <translation>keine offenen Konflikte</translation>
    </message>
    <message>
        <source>%1 conflicts pending</source>
        <translation>%1 offene Konflikte</translation>
    </message>
    <message>
        <source>failed %1 times in a row</source>
        <translation>%1-mal in Folge fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Syncline::JobsView</name>
    <message>
        <source>Add a job (Ctrl+N)</source>
        <translation>Job hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>Start a new job from the selected one</source>
        <translation>Einen neuen Job aus dem ausgewählten beginnen</translation>
    </message>
    <message>
        <source>Delete the selected job (Del)</source>
        <translation>Den ausgewählten Job löschen (Entf)</translation>
    </message>
    <message>
        <source>Run the selected job now (F5)</source>
        <translation>Den ausgewählten Job jetzt ausführen (F5)</translation>
    </message>
    <message>
        <source>Plan the selected job&apos;s changes and show them without writing anything (Shift+F5)</source>
        <translation>Die Änderungen des ausgewählten Jobs planen und anzeigen, ohne etwas zu schreiben (Umschalt+F5)</translation>
    </message>
    <message>
        <source>Stop the run after the batch in flight (Esc)</source>
        <translation>Den Lauf nach dem laufenden Stapel anhalten (Esc)</translation>
    </message>
    <message>
        <source>No jobs yet.</source>
        <translation>Noch keine Jobs.</translation>
    </message>
    <message>
        <source>A job runs a mapping: it keeps a target in step with a source. Add one with &lt;b&gt;New&lt;/b&gt; (Ctrl+N), import a config with &lt;code&gt;synclinectl import FILE.json&lt;/code&gt;, or create the demo with &lt;code&gt;synclinectl demo&lt;/code&gt;.</source>
        <translation>Ein Job führt eine Zuordnung aus: Er hält ein Ziel mit einer Quelle im Gleichschritt. Legen Sie einen mit &lt;b&gt;Neu&lt;/b&gt; (Strg+N) an, importieren Sie eine Konfiguration mit &lt;code&gt;synclinectl import DATEI.json&lt;/code&gt; oder erstellen Sie die Demo mit &lt;code&gt;synclinectl demo&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>%1-copy</source>
        <translation>%1-kopie</translation>
    </message>
    <message>
        <source>%1-copy%2</source>
        <translation>%1-kopie%2</translation>
    </message>
    <message>
        <source>A copy of %1; it is saved under the new name when you press Save.</source>
        <translation>Eine Kopie von %1; sie wird unter dem neuen Namen gespeichert, wenn Sie auf Speichern klicken.</translation>
    </message>
    <message>
        <source>the new job</source>
        <translation>den neuen Job</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to %1?</source>
        <translation>Die ungespeicherten Änderungen an %1 verwerfen?</translation>
    </message>
    <message>
        <source>A job named %1 already exists; choose another name.</source>
        <translation>Ein Job namens %1 existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saved job %1.</source>
        <translation>Job %1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 is running; cancel the run before deleting the job.</source>
        <translation>%1 läuft; brechen Sie den Lauf ab, bevor Sie den Job löschen.</translation>
    </message>
    <message>
        <source>Delete job</source>
        <translation>Job löschen</translation>
    </message>
    <message>
        <source>Delete the job %1?

What it last synced (its journal) is forgotten; its run history and quarantined rows stay.</source>
        <translation>Den Job %1 löschen?

Was er zuletzt synchronisiert hat (sein Journal), wird vergessen; sein Laufverlauf und seine Zeilen in Quarantäne bleiben.</translation>
    </message>
    <message>
        <source>Deleted job %1.</source>
        <translation>Job %1 gelöscht.</translation>
    </message>
    <message>
        <source>Select a job, then Dry run (Shift+F5) to see the inserts, updates and deletes it would make, before anything is written.</source>
        <translation>Wählen Sie einen Job und dann Probelauf (Umschalt+F5), um die Einfügungen, Aktualisierungen und Löschungen zu sehen, die er vornehmen würde, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <source>No dry run of %1 yet. Dry run (Shift+F5) plans the job&apos;s inserts, updates and deletes and lists them here without writing anything.</source>
        <translation>Noch kein Probelauf von %1. Ein Probelauf (Umschalt+F5) plant die Einfügungen, Aktualisierungen und Löschungen des Jobs und listet sie hier auf, ohne etwas zu schreiben.</translation>
    </message>
    <message>
        <source>The dry run of %1 found nothing to change: source and target agree.</source>
        <translation>Der Probelauf von %1 fand nichts zu ändern: Quelle und Ziel stimmen überein.</translation>
    </message>
    <message>
        <source>Dry run of %1: %2 to insert, %3 to update, %4 to delete; nothing was written. The first %5 of %6 changes are listed.</source>
        <extracomment>job, inserts, updates, deletes, changes shown, all changes</extracomment>
        <translation>Probelauf von %1: %2 einzufügen, %3 zu aktualisieren, %4 zu löschen; nichts wurde geschrieben. Die ersten %5 von %6 Änderungen sind aufgeführt.</translation>
    </message>
    <message>
        <source>Dry run of %1: %2 to insert, %3 to update, %4 to delete; nothing was written.</source>
        <extracomment>job, inserts, updates, deletes</extracomment>
        <translation>Probelauf von %1: %2 einzufügen, %3 zu aktualisieren, %4 zu löschen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Resume &amp;schedule</source>
        <translation>&amp;Zeitplan fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause schedule</source>
        <translation>Zeitplan &amp;anhalten</translation>
    </message>
    <message>
        <source>Paused the schedule of job %1.</source>
        <translation>Zeitplan von Job %1 angehalten.</translation>
    </message>
    <message>
        <source>Resumed the schedule of job %1.</source>
        <translation>Zeitplan von Job %1 fortgesetzt.</translation>
    </message>
</context>
<context>
    <name>Syncline::MainWindow</name>
    <message>
        <source>Syncline — %1</source>
        <translation>Syncline — %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>Show Syncline</source>
        <translation>Syncline zeigen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>tooltip of a sidebar entry: the view, its shortcut</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is already running.</source>
        <translation>%1 läuft bereits.</translation>
    </message>
    <message>
        <source>Cancelling %1 after the batch in flight…</source>
        <translation>%1 wird nach dem laufenden Stapel abgebrochen…</translation>
    </message>
    <message>
        <source>Dry run of %1 finished: 1 change planned, nothing written.</source>
        <translation>Probelauf von %1 beendet: 1 Änderung geplant, nichts geschrieben.</translation>
    </message>
    <message>
        <source>Dry run of %1 finished: %2 changes planned, nothing written.</source>
        <translation>Probelauf von %1 beendet: %2 Änderungen geplant, nichts geschrieben.</translation>
    </message>
    <message>
        <source>Dry run of %1 finished</source>
        <translation>Probelauf von %1 beendet</translation>
    </message>
    <message>
        <source>%1 finished: %2 inserted, %3 updated, %4 deleted, %5 unchanged in %6.</source>
        <extracomment>job, inserted, updated, deleted, unchanged, duration</extracomment>
        <translation>%1 beendet: %2 eingefügt, %3 aktualisiert, %4 gelöscht, %5 unverändert in %6.</translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation>%1 beendet</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1 abgebrochen</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a tray notification: title, message</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not read the workspace: %1</source>
        <translation>Der Arbeitsbereich konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Syncline — %1 (unreadable)</source>
        <translation>Syncline — %1 (nicht lesbar)</translation>
    </message>
    <message>
        <source>No jobs running</source>
        <translation>Keine Jobs laufen</translation>
    </message>
    <message>
        <source>Syncline: no jobs running</source>
        <translation>Syncline: keine Jobs laufen</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <extracomment>a running job and how far it is</extracomment>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Läuft: %1</translation>
    </message>
    <message>
        <source>Syncline: running %1</source>
        <translation>Syncline: %1 läuft</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Syncline&lt;/h3&gt;&lt;p&gt;Syncline keeps databases consistent: &lt;b&gt;endpoints&lt;/b&gt; are the databases, a &lt;b&gt;mapping&lt;/b&gt; turns rows of a source table into rows of a target table, and a &lt;b&gt;job&lt;/b&gt; runs a mapping on demand. Every run is recorded with its counts, errors and the rows the target rejected.&lt;/p&gt;&lt;table cellspacing=&quot;4&quot;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Dashboard, Endpoints, Mappings, Jobs, Runs, Conflicts, Audit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New endpoint or job&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Del&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Delete the selected endpoint or job&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Run the selected job now&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Dry run: show the planned changes, write nothing&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Cancel the selected job&apos;s run after the batch in flight&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Reload from the workspace&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;The same workspace is driven from scripts with &lt;code&gt;synclinectl&lt;/code&gt;: &lt;code&gt;synclinectl run JOB&lt;/code&gt;, &lt;code&gt;synclinectl export&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Syncline&lt;/h3&gt;&lt;p&gt;Syncline hält Datenbanken konsistent: &lt;b&gt;Endpunkte&lt;/b&gt; sind die Datenbanken, eine &lt;b&gt;Zuordnung&lt;/b&gt; macht aus Zeilen einer Quelltabelle Zeilen einer Zieltabelle, und ein &lt;b&gt;Job&lt;/b&gt; führt eine Zuordnung auf Abruf aus. Jeder Lauf wird mit seinen Zählern, Fehlern und den vom Ziel abgelehnten Zeilen festgehalten.&lt;/p&gt;&lt;table cellspacing=&quot;4&quot;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+1 … Strg+7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Übersicht, Endpunkte, Zuordnungen, Jobs, Läufe, Konflikte, Audit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Neuer Endpunkt oder Job&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Entf&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Den ausgewählten Endpunkt oder Job löschen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Den ausgewählten Job jetzt ausführen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Umschalt+F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Probelauf: die geplanten Änderungen zeigen, nichts schreiben&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Den Lauf des ausgewählten Jobs nach dem laufenden Stapel abbrechen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Neu aus dem Arbeitsbereich laden&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Beenden&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Derselbe Arbeitsbereich lässt sich aus Skripten mit &lt;code&gt;synclinectl&lt;/code&gt; steuern: &lt;code&gt;synclinectl run JOB&lt;/code&gt;, &lt;code&gt;synclinectl export&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Syncline Help</source>
        <translation>Syncline-Hilfe</translation>
    </message>
    <message>
        <source>About Syncline</source>
        <translation>Über Syncline</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Syncline %1&lt;/h3&gt;&lt;p&gt;Desktop sync administration console with an embedded sync engine.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Syncline %1&lt;/h3&gt;&lt;p&gt;Desktop-Konsole zur Verwaltung von Synchronisationen mit eingebauter Sync-Engine.&lt;/p&gt;&lt;p&gt;Arbeitsbereich: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Jobs are running</source>
        <translation>Jobs laufen</translation>
    </message>
    <message>
        <source>Still running: %1.

Cancel these runs and quit? Each stops after its batch in flight.</source>
        <translation>Laufen noch: %1.

Diese Läufe abbrechen und beenden? Jeder hält nach seinem laufenden Stapel an.</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>%1 ausführen</translation>
    </message>
    <message>
        <source>Run %1 now? It writes to the target.</source>
        <translation>%1 jetzt ausführen? Der Job schreibt in das Ziel.</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Konflikte (%1)</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>Zeitplaner</translation>
    </message>
</context>
<context>
    <name>Syncline::MappingDesigner</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>&amp;Auto-map</source>
        <translation>&amp;Automatisch zuordnen</translation>
    </message>
    <message>
        <source>Map the unmapped target fields to source fields of the same name (ignoring case and punctuation) and a compatible type</source>
        <translation>Die nicht zugeordneten Zielfelder Quellfeldern gleichen Namens (ohne Rücksicht auf Groß-/Kleinschreibung und Satzzeichen) und verträglichen Typs zuordnen</translation>
    </message>
    <message>
        <source>U&amp;nmap</source>
        <translation>Zuordnung &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected target field&apos;s mapping</source>
        <translation>Die Zuordnung des ausgewählten Zielfelds entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Auto-map mapped %n field(s).</source>
        <translation>
            <numerusform>Automatisches Zuordnen hat %n Feld zugeordnet.</numerusform>
            <numerusform>Automatisches Zuordnen hat %n Felder zugeordnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-map found no more pairs.</source>
        <translation>Automatisches Zuordnen fand keine weiteren Paare.</translation>
    </message>
    <message>
        <source>Reading sample rows…</source>
        <translation>Lese Beispielzeilen…</translation>
    </message>
    <message>
        <source> · &lt;i&gt;updating…&lt;/i&gt;</source>
        <translation> · &lt;i&gt;wird aktualisiert…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sample row(s) of %1</source>
        <translation>
            <numerusform>%n Beispielzeile von %1</numerusform>
            <numerusform>%n Beispielzeilen von %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing cell(s)</source>
        <translation>
            <numerusform>%n fehlerhafte Zelle</numerusform>
            <numerusform>%n fehlerhafte Zellen</numerusform>
        </translation>
    </message>
    <message>
        <source>no failing cells</source>
        <translation>keine fehlerhaften Zellen</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) filtered out</source>
        <translation>
            <numerusform>%n Zeile herausgefiltert</numerusform>
            <numerusform>%n Zeilen herausgefiltert</numerusform>
        </translation>
    </message>
    <message>
        <source>hover a red cell for its error</source>
        <translation>Zeiger über eine rote Zelle halten, um den Fehler zu sehen</translation>
    </message>
    <message>
        <source>Remove from the key</source>
        <translation>Aus dem Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Add to the key</source>
        <translation>Zum Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Add a validation rule</source>
        <translation>Prüfregel hinzufügen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Source&lt;/b&gt; %1.%2</source>
        <translation>&lt;b&gt;Quelle&lt;/b&gt; %1.%2</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Source&lt;/b&gt;</source>
        <translation>&lt;b&gt;Quelle&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Target&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ziel&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Target&lt;/b&gt; %1.%2</source>
        <translation>&lt;b&gt;Ziel&lt;/b&gt; %1.%2</translation>
    </message>
    <message>
        <source>%1 of %2 target fields mapped</source>
        <translation>%1 von %2 Zielfeldern zugeordnet</translation>
    </message>
    <message>
        <source>required but not mapped: %1</source>
        <translation>Pflichtfeld, aber nicht zugeordnet: %1</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
</context>
<context>
    <name>Syncline::MappingListModel</name>
    <message>
        <source>%1.%2</source>
        <extracomment>endpoint.entity</extracomment>
        <translation>%1.%2</translation>
    </message>
    <message>
        <source>same names</source>
        <translation>gleiche Namen</translation>
    </message>
    <message>
        <source>1 field</source>
        <translation>1 Feld</translation>
    </message>
    <message>
        <source>%1 fields</source>
        <translation>%1 Felder</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Used by jobs</source>
        <translation>Verwendet von Jobs</translation>
    </message>
</context>
<context>
    <name>Syncline::MappingPreview</name>
    <message>
        <source>No key: mark the target field or fields that identify a row.</source>
        <translation>Kein Schlüssel: Markieren Sie das Zielfeld oder die Zielfelder, die eine Zeile identifizieren.</translation>
    </message>
    <message>
        <source>No row of %1 with %2 = %3</source>
        <translation>Keine Zeile von %1 mit %2 = %3</translation>
    </message>
    <message>
        <source>Filtered out: the row filter is false for this row, so nothing is written.</source>
        <translation>Herausgefiltert: Der Zeilenfilter ist für diese Zeile falsch, daher wird nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>Syncline::MappingsView</name>
    <message>
        <source>Delete this mapping (Del)</source>
        <translation>Diese Zuordnung löschen (Entf)</translation>
    </message>
    <message>
        <source>Loading the workspace…</source>
        <translation>Arbeitsbereich wird geladen…</translation>
    </message>
    <message>
        <source>No mappings yet.</source>
        <translation>Noch keine Zuordnungen.</translation>
    </message>
    <message>
        <source>Reading the tables of %1…</source>
        <translation>Lese die Tabellen von %1…</translation>
    </message>
    <message>
        <source>%1.%2 and %3.%4</source>
        <extracomment>source endpoint.entity, target endpoint.entity</extracomment>
        <translation>%1.%2 und %3.%4</translation>
    </message>
    <message>
        <source>The mapping names an endpoint the workspace does not have.</source>
        <translation>Die Zuordnung nennt einen Endpunkt, den der Arbeitsbereich nicht hat.</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>%1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Cannot read the tables of %1.</source>
        <translation>Die Tabellen von %1 können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to the mapping %1?</source>
        <translation>Die ungespeicherten Änderungen an der Zuordnung %1 verwerfen?</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saved mapping %1.</source>
        <translation>Zuordnung %1 gespeichert.</translation>
    </message>
    <message>
        <source>Delete mapping</source>
        <translation>Zuordnung löschen</translation>
    </message>
    <message>
        <source>Delete the mapping %1 from the workspace?

Its tables are not touched.</source>
        <translation>Die Zuordnung %1 aus dem Arbeitsbereich löschen?

Ihre Tabellen bleiben unberührt.</translation>
    </message>
    <message>
        <source>Deleted mapping %1.</source>
        <translation>Zuordnung %1 gelöscht.</translation>
    </message>
    <message>
        <source>%1.%2 → %3.%4</source>
        <extracomment>source endpoint.entity → target endpoint.entity</extracomment>
        <translation>%1.%2 → %3.%4</translation>
    </message>
    <message>
        <source>%1 · no job runs it</source>
        <translation>%1 · kein Job führt sie aus</translation>
    </message>
    <message>
        <source>%1 · run by %2</source>
        <translation>%1 · ausgeführt von %2</translation>
    </message>
    <message>
        <source>A mapping says how rows of a source table become rows of a target table: the key, and where each target field&apos;s value comes from. Create one with New (Ctrl+N), import mappings with &lt;code&gt;synclinectl import FILE.json&lt;/code&gt;, or create the demo with &lt;code&gt;synclinectl demo&lt;/code&gt;.</source>
        <translation>Eine Zuordnung legt fest, wie Zeilen einer Quelltabelle zu Zeilen einer Zieltabelle werden: der Schlüssel und woher der Wert jedes Zielfelds kommt. Legen Sie eine mit Neu (Strg+N) an, importieren Sie Zuordnungen mit &lt;code&gt;synclinectl import DATEI.json&lt;/code&gt; oder erstellen Sie die Demo mit &lt;code&gt;synclinectl demo&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>%1.%2 → %3.%4 · new, not saved yet</source>
        <extracomment>source endpoint.entity → target endpoint.entity</extracomment>
        <translation>%1.%2 → %3.%4 · neu, noch nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>Auto-map mapped %n field(s). Save to add the mapping to the workspace.</source>
        <translation>
            <numerusform>Automatisches Zuordnen hat %n Feld zugeordnet. Speichern Sie, um die Zuordnung dem Arbeitsbereich hinzuzufügen.</numerusform>
            <numerusform>Automatisches Zuordnen hat %n Felder zugeordnet. Speichern Sie, um die Zuordnung dem Arbeitsbereich hinzuzufügen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Syncline::MetricChart</name>
    <message>
        <source>No runs in this range</source>
        <translation>Keine Läufe in diesem Zeitraum</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;%3</source>
        <extracomment>series name, value, time; then how to open the run</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>&lt;br&gt;Run %1 · click to open it</source>
        <translation>&lt;br&gt;Lauf %1 · klicken zum Öffnen</translation>
    </message>
</context>
<context>
    <name>Syncline::NewMappingDialog</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>endpoint name (kind)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The endpoint %1 has no tables.</source>
        <translation>Der Endpunkt %1 hat keine Tabellen.</translation>
    </message>
    <message>
        <source>%1 (~%L2 rows)</source>
        <extracomment>table name (estimated row count)</extracomment>
        <translation>%1 (~%L2 Zeilen)</translation>
    </message>
    <message>
        <source>Reading the tables…</source>
        <translation>Lese die Tabellen…</translation>
    </message>
    <message>
        <source>Name the mapping.</source>
        <translation>Geben Sie der Zuordnung einen Namen.</translation>
    </message>
    <message>
        <source>The workspace already has a mapping named %1.</source>
        <translation>Der Arbeitsbereich hat bereits eine Zuordnung namens %1.</translation>
    </message>
    <message>
        <source>The workspace has no endpoints: add one in the Endpoints view first.</source>
        <translation>Der Arbeitsbereich hat keine Endpunkte: Fügen Sie zuerst einen in der Ansicht Endpunkte hinzu.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Reading the tables of the %1 endpoint…</source>
        <extracomment>side is &quot;source&quot; or &quot;target&quot;</extracomment>
        <translation>Lese die Tabellen des Endpunkts %1…</translation>
    </message>
    <message>
        <source>Cannot list the tables of the %1 endpoint: %2</source>
        <translation>Die Tabellen des Endpunkts %1 können nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>Choose the source and the target table.</source>
        <translation>Wählen Sie die Quell- und die Zieltabelle.</translation>
    </message>
    <message>
        <source>The source and the target are the same table.</source>
        <translation>Quelle und Ziel sind dieselbe Tabelle.</translation>
    </message>
</context>
<context>
    <name>Syncline::PlannedChangesModel</name>
    <message>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>(target not read)</source>
        <translation>(Ziel nicht gelesen)</translation>
    </message>
    <message>
        <source>An incremental run compares the source with what was last synced, so it does not read the target&apos;s current values. A full run does.</source>
        <translation>Ein inkrementeller Lauf vergleicht die Quelle mit dem zuletzt Synchronisierten und liest daher die aktuellen Werte des Ziels nicht. Ein vollständiger Lauf tut das.</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <extracomment>field = value, in the one-line preview of a planned change</extracomment>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>1 field changes</source>
        <translation>1 Feld ändert sich</translation>
    </message>
    <message>
        <source>%1 fields change</source>
        <translation>%1 Felder ändern sich</translation>
    </message>
    <message>
        <source>Change / field</source>
        <translation>Änderung / Feld</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Before (target now)</source>
        <translation>Vorher (Ziel jetzt)</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>Syncline::PreferencesDialog</name>
    <message>
        <source>System (%1)</source>
        <extracomment>the language setting that follows the desktop; %1 is that language&apos;s own name</extracomment>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>Default Workspace</source>
        <translation>Standard-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Syncline workspaces (*.db);;All files (*)</source>
        <translation>Syncline-Arbeitsbereiche (*.db);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Syncline::PreviewModel</name>
    <message>
        <source>%1 (filtered out)</source>
        <translation>%1 (herausgefiltert)</translation>
    </message>
    <message>
        <source>Filtered out: the row filter is false for this row, so nothing is written.</source>
        <translation>Herausgefiltert: Der Zeilenfilter ist für diese Zeile falsch, daher wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Source row %1</source>
        <translation>Quellzeile %1</translation>
    </message>
    <message>
        <source>Source row</source>
        <translation>Quellzeile</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Syncline::QuarantineModel</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Database message</source>
        <translation>Meldung der Datenbank</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
</context>
<context>
    <name>Syncline::RemoveRuleCommand</name>
    <message>
        <source>Remove the validation rule for %1</source>
        <translation>Prüfregel für %1 entfernen</translation>
    </message>
</context>
<context>
    <name>Syncline::RowRules</name>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
    <message>
        <source>Row filter: %1</source>
        <translation>Zeilenfilter: %1</translation>
    </message>
    <message>
        <source>Validation rule for &apos;%1&apos;: the field is not mapped.</source>
        <translation>Prüfregel für „%1“: Das Feld ist nicht zugeordnet.</translation>
    </message>
    <message>
        <source>Validation rule for &apos;%1&apos;: %2</source>
        <translation>Prüfregel für „%1“: %2</translation>
    </message>
    <message>
        <source>Validation rule for &apos;%1&apos;: invalid regular expression: %2</source>
        <translation>Prüfregel für „%1“: ungültiger regulärer Ausdruck: %2</translation>
    </message>
    <message>
        <source>Validation rule for &apos;%1&apos;: references: no reference connections here</source>
        <translation>Prüfregel für „%1“: Verweise: hier keine Verbindungen zu Referenztabellen</translation>
    </message>
    <message>
        <source>Validation rule for &apos;%1&apos;: references: %2</source>
        <translation>Prüfregel für „%1“: Verweise: %2</translation>
    </message>
    <message>
        <source>required: the value is empty</source>
        <translation>Pflichtfeld: Der Wert ist leer</translation>
    </message>
    <message>
        <source>type %1: %2</source>
        <translation>Typ %1: %2</translation>
    </message>
    <message>
        <source>min %1: %2</source>
        <translation>Min. %1: %2</translation>
    </message>
    <message>
        <source>max %1: %2</source>
        <translation>Max. %1: %2</translation>
    </message>
    <message>
        <source>less than the minimum %1</source>
        <translation>kleiner als das Minimum %1</translation>
    </message>
    <message>
        <source>greater than the maximum %1</source>
        <translation>größer als das Maximum %1</translation>
    </message>
    <message>
        <source>does not match /%1/</source>
        <translation>passt nicht zu /%1/</translation>
    </message>
    <message>
        <source>references %1: %2</source>
        <translation>verweist auf %1: %2</translation>
    </message>
    <message>
        <source>not found in %1</source>
        <translation>nicht gefunden in %1</translation>
    </message>
    <message>
        <source>Rule for &apos;%1&apos;: %2</source>
        <translation>Regel für „%1“: %2</translation>
    </message>
</context>
<context>
    <name>Syncline::RuleListModel</name>
    <message>
        <source>Must not be empty</source>
        <translation>Darf nicht leer sein</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Must exist in</source>
        <translation>Muss vorkommen in</translation>
    </message>
</context>
<context>
    <name>Syncline::RunHistoryModel</name>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Eingefügt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>In Quarantäne</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>Syncline::RunText</name>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Running (dry run)</source>
        <translation>Läuft (Probelauf)</translation>
    </message>
    <message>
        <source>Succeeded (dry run)</source>
        <translation>Erfolgreich (Probelauf)</translation>
    </message>
    <message>
        <source>Failed (dry run)</source>
        <translation>Fehlgeschlagen (Probelauf)</translation>
    </message>
    <message>
        <source>Cancelled (dry run)</source>
        <translation>Abgebrochen (Probelauf)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 rows · %2 rows/s · ETA %3</source>
        <extracomment>rows read · rows per second · estimated time left</extracomment>
        <translation>%1 Zeilen · %2 Zeilen/s · noch %3</translation>
    </message>
    <message>
        <source>%1 rows · %2 rows/s</source>
        <extracomment>rows read · rows per second</extracomment>
        <translation>%1 Zeilen · %2 Zeilen/s</translation>
    </message>
</context>
<context>
    <name>Syncline::RunsView</name>
    <message>
        <source>Run the selected run&apos;s job again</source>
        <translation>Den Job des ausgewählten Laufs erneut ausführen</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>Noch keine Läufe.</translation>
    </message>
    <message>
        <source>Every run of a job is listed here with its counts, timings and errors, and the rows its target rejected. Run a job from the Jobs page (F5).</source>
        <translation>Jeder Lauf eines Jobs wird hier mit seinen Zählern, Zeiten und Fehlern sowie den vom Ziel abgelehnten Zeilen aufgeführt. Starten Sie einen Job in der Ansicht Jobs (F5).</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Dry runs</source>
        <translation>Probeläufe</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Alle Jobs</translation>
    </message>
    <message>
        <source>No run selected.</source>
        <translation>Kein Lauf ausgewählt.</translation>
    </message>
    <message>
        <source>Select a run to see its counts, timings and errors.</source>
        <translation>Wählen Sie einen Lauf, um seine Zähler, Zeiten und Fehler zu sehen.</translation>
    </message>
    <message>
        <source>Reading the quarantine…</source>
        <translation>Lese die Quarantäne…</translation>
    </message>
    <message>
        <source>Cannot read this run&apos;s details: %1</source>
        <translation>Die Details dieses Laufs können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Run</source>
        <extracomment>run id · job · status</extracomment>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Rows read</source>
        <extracomment>rows read from the source · from the target</extracomment>
        <translation>Gelesene Zeilen</translation>
    </message>
    <message>
        <source>%1 from the source · %2 from the target</source>
        <translation>%1 aus der Quelle · %2 aus dem Ziel</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>%1 inserted · %2 updated · %3 deleted · %4 unchanged</source>
        <translation>%1 eingefügt · %2 aktualisiert · %3 gelöscht · %4 unverändert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>%1 quarantined · %2 conflicts</source>
        <translation>%1 in Quarantäne · %2 Konflikte</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 Zeilen/s</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>The job %1 no longer exists</source>
        <translation>Den Job %1 gibt es nicht mehr</translation>
    </message>
    <message>
        <source>%1 is running</source>
        <translation>%1 läuft</translation>
    </message>
    <message>
        <source>1 run</source>
        <translation>1 Lauf</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 Läufe</translation>
    </message>
    <message>
        <source>%1 of %2 runs</source>
        <extracomment>runs loaded so far (more load as the table scrolls), runs matching the filters</extracomment>
        <translation>%1 von %2 Läufen</translation>
    </message>
    <message>
        <source>Cannot read the run history: %1</source>
        <translation>Der Laufverlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No row of this run was quarantined.</source>
        <translation>Keine Zeile dieses Laufs kam in Quarantäne.</translation>
    </message>
    <message>
        <source>The first %1 quarantined rows (rejected by the target or by a validation rule), with their messages:</source>
        <translation>Die ersten %1 Zeilen in Quarantäne (vom Ziel oder von einer Prüfregel abgelehnt), mit ihren Meldungen:</translation>
    </message>
    <message>
        <source>1 quarantined row (rejected by the target or by a validation rule), with its message:</source>
        <translation>1 Zeile in Quarantäne (vom Ziel oder von einer Prüfregel abgelehnt), mit ihrer Meldung:</translation>
    </message>
    <message>
        <source>%1 quarantined rows (rejected by the target or by a validation rule), with their messages:</source>
        <translation>%1 Zeilen in Quarantäne (vom Ziel oder von einer Prüfregel abgelehnt), mit ihren Meldungen:</translation>
    </message>
    <message>
        <source>Filtered out</source>
        <translation>Herausgefiltert</translation>
    </message>
    <message>
        <source>%1 rows (the mapping&apos;s row filter left them alone)</source>
        <translation>%1 Zeilen (der Zeilenfilter der Zuordnung hat sie ausgelassen)</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>p50 %1 · p95 %2 · max %3 (%4 changes)</source>
        <translation>p50 %1 · p95 %2 · max. %3 (%4 Änderungen)</translation>
    </message>
</context>
<context>
    <name>Syncline::SchemaModel</name>
    <message>
        <source>An estimate from the database&apos;s statistics</source>
        <translation>Eine Schätzung aus der Statistik der Datenbank</translation>
    </message>
    <message>
        <source>not described</source>
        <translation>nicht beschrieben</translation>
    </message>
    <message>
        <source>1 column</source>
        <translation>1 Spalte</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>%1 Spalten</translation>
    </message>
    <message>
        <source>no primary key</source>
        <translation>kein Primärschlüssel</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>(none declared)</source>
        <translation>(keiner deklariert)</translation>
    </message>
    <message>
        <source>primary key (%1 of %2)</source>
        <translation>Primärschlüssel (%1 von %2)</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>eindeutig</translation>
    </message>
    <message>
        <source>NOT NULL</source>
        <translation>NOT NULL</translation>
    </message>
    <message>
        <source>nullable</source>
        <translation>darf NULL sein</translation>
    </message>
    <message>
        <source>Table / column</source>
        <translation>Tabelle / Spalte</translation>
    </message>
    <message>
        <source>Declared type</source>
        <translation>Deklarierter Typ</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Null</source>
        <translation>Null</translation>
    </message>
    <message>
        <source>Rows (est.)</source>
        <translation>Zeilen (geschätzt)</translation>
    </message>
</context>
<context>
    <name>Syncline::ScreenshotTour</name>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation>temporäres Verzeichnis kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>%1: cannot create the directory</source>
        <translation>%1: Verzeichnis kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the workspace did not load</source>
        <translation>der Arbeitsbereich wurde nicht geladen</translation>
    </message>
    <message>
        <source>%1: cannot write the image</source>
        <translation>%1: Bild kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the dry run did not finish</source>
        <translation>der Probelauf wurde nicht beendet</translation>
    </message>
</context>
<context>
    <name>Syncline::SetFilterCommand</name>
    <message>
        <source>Remove the row filter</source>
        <translation>Zeilenfilter entfernen</translation>
    </message>
    <message>
        <source>Change the row filter</source>
        <translation>Zeilenfilter ändern</translation>
    </message>
</context>
<context>
    <name>Syncline::SetKeyCommand</name>
    <message>
        <source>Set the key to %1</source>
        <translation>Schlüssel auf %1 setzen</translation>
    </message>
</context>
<context>
    <name>Syncline::SourceFieldModel</name>
    <message>
        <source>%1: %2 (read as %3)</source>
        <translation>%1: %2 (gelesen als %3)</translation>
    </message>
    <message>
        <source>no declared type</source>
        <translation>kein deklarierter Typ</translation>
    </message>
    <message>
        <source>Part of the primary key</source>
        <translation>Teil des Primärschlüssels</translation>
    </message>
    <message>
        <source>NOT NULL</source>
        <translation>NOT NULL</translation>
    </message>
    <message numerus="yes">
        <source>Read by %n target field(s)</source>
        <translation>
            <numerusform>Gelesen von %n Zielfeld</numerusform>
            <numerusform>Gelesen von %n Zielfeldern</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read by the mapping; drag it onto a target field</source>
        <translation>Von der Zuordnung nicht gelesen; ziehen Sie es auf ein Zielfeld</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>Quellfeld</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>Syncline::TargetFieldModel</name>
    <message>
        <source>← %1 as %2</source>
        <translation>← %1 als %2</translation>
    </message>
    <message>
        <source>← %1 via %2.%3</source>
        <translation>← %1 über %2.%3</translation>
    </message>
    <message>
        <source>not mapped</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <source>%1: %2 (written as %3)</source>
        <translation>%1: %2 (geschrieben als %3)</translation>
    </message>
    <message>
        <source>no declared type</source>
        <translation>kein deklarierter Typ</translation>
    </message>
    <message>
        <source>Required: NOT NULL without a default.</source>
        <translation>Pflichtfeld: NOT NULL ohne Vorgabewert.</translation>
    </message>
    <message>
        <source>Not mapped: inserting rows will fail. Drag a source field here.</source>
        <translation>Nicht zugeordnet: Das Einfügen von Zeilen wird fehlschlagen. Ziehen Sie ein Quellfeld hierher.</translation>
    </message>
    <message>
        <source>Part of the mapping&apos;s key.</source>
        <translation>Teil des Schlüssels der Zuordnung.</translation>
    </message>
    <message>
        <source>The target fields that identify a row</source>
        <translation>Die Zielfelder, die eine Zeile identifizieren</translation>
    </message>
    <message>
        <source>* marks required fields (NOT NULL without a default)</source>
        <translation>* kennzeichnet Pflichtfelder (NOT NULL ohne Vorgabewert)</translation>
    </message>
    <message>
        <source>Target field</source>
        <translation>Zielfeld</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value from</source>
        <translation>Wert aus</translation>
    </message>
</context>
<context>
    <name>Syncline::TransformEditor</name>
    <message>
        <source>Not mapped</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>Quellfeld</translation>
    </message>
    <message>
        <source>Source field, converted</source>
        <translation>Quellfeld, umgewandelt</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Konstante</translation>
    </message>
    <message>
        <source>JavaScript expression</source>
        <translation>JavaScript-Ausdruck</translation>
    </message>
    <message>
        <source>Lookup in a reference table</source>
        <translation>Nachschlagen in einer Referenztabelle</translation>
    </message>
    <message>
        <source>Select a target field or a line to edit its transform.</source>
        <translation>Wählen Sie ein Zielfeld oder eine Linie, um die Transformation zu bearbeiten.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Drag a source field onto this field, or choose where its value comes from.</source>
        <translation>Ziehen Sie ein Quellfeld auf dieses Feld oder wählen Sie, woher sein Wert kommt.</translation>
    </message>
    <message>
        <source>Copies the source value, converted to the field&apos;s type (%1).</source>
        <translation>Kopiert den Quellwert, umgewandelt in den Typ des Felds (%1).</translation>
    </message>
    <message>
        <source>Converts the source value to the chosen type before it is compared and written. Values that do not convert fail the row.</source>
        <translation>Wandelt den Quellwert vor Vergleich und Schreiben in den gewählten Typ um. Werte, die sich nicht umwandeln lassen, lassen die Zeile scheitern.</translation>
    </message>
    <message>
        <source>Every row gets this value. Type text, a number, &lt;tt&gt;true&lt;/tt&gt;, &lt;tt&gt;false&lt;/tt&gt; or &lt;tt&gt;null&lt;/tt&gt;; quote text that looks like one of them.</source>
        <translation>Jede Zeile erhält diesen Wert. Geben Sie Text, eine Zahl, &lt;tt&gt;true&lt;/tt&gt;, &lt;tt&gt;false&lt;/tt&gt; oder &lt;tt&gt;null&lt;/tt&gt; ein; setzen Sie Text, der wie eines davon aussieht, in Anführungszeichen.</translation>
    </message>
    <message>
        <source>JavaScript over &lt;tt&gt;row&lt;/tt&gt;, the source row, e.g. &lt;tt&gt;row.first_name + &apos; &apos; + row.last_name&lt;/tt&gt;. The result is converted to %1. Drag source fields into the editor to insert them.</source>
        <translation>JavaScript über &lt;tt&gt;row&lt;/tt&gt;, die Quellzeile, z. B. &lt;tt&gt;row.first_name + &apos; &apos; + row.last_name&lt;/tt&gt;. Das Ergebnis wird in %1 umgewandelt. Ziehen Sie Quellfelder in den Editor, um sie einzufügen.</translation>
    </message>
    <message>
        <source>Finds the row of the reference table whose match column equals the source value and takes its value column. A source value with no such row quarantines the row, naming the value.</source>
        <translation>Sucht die Zeile der Referenztabelle, deren Vergleichsspalte dem Quellwert entspricht, und nimmt ihre Wertspalte. Ein Quellwert ohne solche Zeile stellt die Zeile unter Quarantäne und nennt den Wert.</translation>
    </message>
    <message>
        <source>%1 Drag a source field onto it, or choose where its value comes from.</source>
        <extracomment>%1 is &quot;Required, but not mapped: inserts will fail.&quot;, shown in red</extracomment>
        <translation>%1 Ziehen Sie ein Quellfeld darauf oder wählen Sie, woher sein Wert kommt.</translation>
    </message>
    <message>
        <source>Required, but not mapped: inserts will fail.</source>
        <translation>Pflichtfeld, aber nicht zugeordnet: Einfügungen werden fehlschlagen.</translation>
    </message>
</context>
<context>
    <name>Syncline::ValidationRuleEditor</name>
    <message>
        <source>(any)</source>
        <translation>(beliebig)</translation>
    </message>
    <message>
        <source>(not checked)</source>
        <translation>(nicht geprüft)</translation>
    </message>
    <message>
        <source>%1 (not mapped)</source>
        <translation>%1 (nicht zugeordnet)</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (unbekannt)</translation>
    </message>
</context>
<context>
    <name>TransformEditor</name>
    <message>
        <source>Select a target field or a line to edit its transform.</source>
        <translation>Wählen Sie ein Zielfeld oder eine Linie, um die Transformation zu bearbeiten.</translation>
    </message>
    <message>
        <source>&amp;Value from</source>
        <translation>&amp;Wert aus</translation>
    </message>
    <message>
        <source>&amp;Source field</source>
        <translation>&amp;Quellfeld</translation>
    </message>
    <message>
        <source>Convert &amp;to</source>
        <translation>Umwandeln &amp;in</translation>
    </message>
    <message>
        <source>Precision: digits in all</source>
        <translation>Genauigkeit: Ziffern insgesamt</translation>
    </message>
    <message>
        <source>Scale: digits after the decimal point</source>
        <translation>Nachkommastellen: Ziffern nach dem Komma</translation>
    </message>
    <message>
        <source>&amp;Constant</source>
        <translation>&amp;Konstante</translation>
    </message>
    <message>
        <source>text, 42, true or null</source>
        <translation>Text, 42, true oder null</translation>
    </message>
    <message>
        <source>E&amp;xpression</source>
        <translation>&amp;Ausdruck</translation>
    </message>
    <message>
        <source>Insert source field</source>
        <translation>Quellfeld einfügen</translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation>&amp;Endpunkt</translation>
    </message>
    <message>
        <source>Reference &amp;table</source>
        <translation>Referenz&amp;tabelle</translation>
    </message>
    <message>
        <source>&amp;Match column</source>
        <translation>&amp;Vergleichsspalte</translation>
    </message>
    <message>
        <source>Value co&amp;lumn</source>
        <translation>Wert&amp;spalte</translation>
    </message>
    <message>
        <source>Where the selected target field&apos;s value comes from</source>
        <translation>Woher der Wert des gewählten Zielfelds kommt</translation>
    </message>
    <message>
        <source>Chooses how the selected target field gets its value: copied from a source field, a source field converted to another type, a constant, a JavaScript expression over the source row, or a lookup in a reference table. Not mapped leaves the field out: runs do not write it, so inserts fail when the column is required and has no default. Only plain and converted source fields flow back: two-way jobs carry the others from source to target only, and pull jobs refuse them.</source>
        <translation>Legt fest, wie das gewählte Zielfeld seinen Wert erhält: aus einem Quellfeld kopiert, aus einem in einen anderen Typ umgewandelten Quellfeld, als Konstante, als JavaScript-Ausdruck über die Quellzeile oder durch Nachschlagen in einer Referenztabelle. Nicht zugeordnet lässt das Feld aus: Läufe schreiben es nicht, daher schlagen Einfügungen fehl, wenn die Spalte Pflicht ist und keinen Standardwert hat. Nur unveränderte und umgewandelte Quellfelder fließen zurück: Bidirektionale Jobs übertragen die anderen nur von der Quelle zum Ziel, und Pull-Jobs lehnen sie ab.</translation>
    </message>
    <message>
        <source>The source column the value is read from, shown with its type</source>
        <translation>Die Quellspalte, aus der der Wert gelesen wird, mit ihrem Typ</translation>
    </message>
    <message>
        <source>The column of the source entity that this target field takes its value from, shown with the type read from the source. Its value is used as is (Source field), converted to the chosen type (Source field, converted), or looked up in the reference table (Lookup). Dragging a source field onto the target field chooses it too.</source>
        <translation>Die Spalte der Quellentität, aus der dieses Zielfeld seinen Wert nimmt, mit dem aus der Quelle gelesenen Typ. Ihr Wert wird unverändert verwendet (Quellfeld), in den gewählten Typ umgewandelt (Quellfeld, umgewandelt) oder in der Referenztabelle nachgeschlagen (Nachschlagen). Ein Quellfeld auf das Zielfeld zu ziehen wählt es ebenfalls.</translation>
    </message>
    <message>
        <source>The type the source value is converted to before it is compared and written</source>
        <translation>Der Typ, in den der Quellwert vor Vergleich und Schreiben umgewandelt wird</translation>
    </message>
    <message>
        <source>Converts the source value to this type before it is hashed, compared and written, e.g. the text &quot;42&quot; to integer, or a text column to decimal with precision 18 and scale 4 to keep exact digits. boolean reads true/false, 1/0, yes/no, on/off; timestamptz is kept in UTC. A value that does not convert stops the run with an error naming the row&apos;s key and the field.</source>
        <translation>Wandelt den Quellwert in diesen Typ um, bevor er gehasht, verglichen und geschrieben wird, z. B. den Text &quot;42&quot; in integer oder eine Textspalte in decimal mit Genauigkeit 18 und 4 Nachkommastellen, um Ziffern exakt zu halten. boolean liest true/false, 1/0, yes/no, on/off; timestamptz wird in UTC gehalten. Ein Wert, der sich nicht umwandeln lässt, bricht den Lauf mit einem Fehler ab, der den Schlüssel der Zeile und das Feld nennt.</translation>
    </message>
    <message>
        <source>For decimal: how many digits the number has in all, before and after the decimal point (1 to 38). With precision 18 and scale 4 a value may have up to 14 digits before the point; a value with more does not convert and stops the run.</source>
        <translation>Für decimal: wie viele Ziffern die Zahl insgesamt hat, vor und nach dem Komma (1 bis 38). Mit Genauigkeit 18 und 4 Nachkommastellen darf ein Wert bis zu 14 Ziffern vor dem Komma haben; ein Wert mit mehr lässt sich nicht umwandeln und bricht den Lauf ab.</translation>
    </message>
    <message>
        <source>For decimal: how many digits follow the decimal point (0 to 38, at most the precision). Longer fractions are rounded half away from zero, e.g. 2.345 becomes 2.35 with scale 2; shorter ones are padded with zeros.</source>
        <translation>Für decimal: wie viele Ziffern nach dem Komma stehen (0 bis 38, höchstens die Genauigkeit). Längere Nachkommateile werden kaufmännisch gerundet, z. B. wird 2.345 mit 2 Nachkommastellen zu 2.35; kürzere werden mit Nullen aufgefüllt.</translation>
    </message>
    <message>
        <source>The value every row gets: text, a number, true, false or null</source>
        <translation>Der Wert, den jede Zeile erhält: Text, eine Zahl, true, false oder null</translation>
    </message>
    <message>
        <source>Every row gets this value for the target field. It is read like a JSON value: 42 is a number, true and false are booleans, null is NULL, anything else is text. Quote text that would read as one of them, e.g. &quot;42&quot; for the text 42. Left empty, the field gets an empty string, not NULL.</source>
        <translation>Jede Zeile erhält diesen Wert für das Zielfeld. Er wird wie ein JSON-Wert gelesen: 42 ist eine Zahl, true und false sind Wahrheitswerte, null ist NULL, alles andere ist Text. Setzen Sie Text in Anführungszeichen, der sonst als einer dieser Werte gelesen würde, z. B. &quot;42&quot; für den Text 42. Bleibt es leer, erhält das Feld eine leere Zeichenkette, nicht NULL.</translation>
    </message>
    <message>
        <source>JavaScript over row, the source row; its result is the field&apos;s value</source>
        <translation>JavaScript über row, die Quellzeile; sein Ergebnis ist der Wert des Felds</translation>
    </message>
    <message>
        <source>A JavaScript expression computed for every source row; row holds the row&apos;s values by source column name, e.g. row.first_name + &apos; &apos; + row.last_name or row.amount * 1.19. The result is converted to the target field&apos;s type. A syntax error fails the run before it starts, and an error for one row stops the run, naming that row. Expressions only flow from source to target.</source>
        <translation>Ein JavaScript-Ausdruck, der für jede Quellzeile berechnet wird; row enthält die Werte der Zeile nach Quellspaltenname, z. B. row.first_name + &apos; &apos; + row.last_name oder row.amount * 1.19. Das Ergebnis wird in den Typ des Zielfelds umgewandelt. Ein Syntaxfehler lässt den Lauf vor dem Start fehlschlagen, und ein Fehler bei einer Zeile bricht den Lauf unter Nennung dieser Zeile ab. Ausdrücke fließen nur von der Quelle zum Ziel.</translation>
    </message>
    <message>
        <source>The endpoint that holds the reference table</source>
        <translation>Der Endpunkt, der die Referenztabelle enthält</translation>
    </message>
    <message>
        <source>The endpoint whose table the lookup reads: any endpoint of the workspace, at first the mapping&apos;s source endpoint. Runs read the reference table by key through a connection of their own, behind a cache of 20,000 keys per run, so large reference tables stay cheap.</source>
        <translation>Der Endpunkt, dessen Tabelle beim Nachschlagen gelesen wird: jeder Endpunkt des Arbeitsbereichs, anfangs der Quellendpunkt der Zuordnung. Läufe lesen die Referenztabelle nach Schlüssel über eine eigene Verbindung, hinter einem Cache von 20.000 Schlüsseln pro Lauf, sodass auch große Referenztabellen günstig bleiben.</translation>
    </message>
    <message>
        <source>The reference table the value is looked up in, e.g. countries</source>
        <translation>Die Referenztabelle, in der der Wert nachgeschlagen wird, z. B. countries</translation>
    </message>
    <message>
        <source>The table (or REST collection) that translates source values, named as on its endpoint, e.g. countries, or public.countries on PostgreSQL. A table the endpoint does not have fails the run before it starts.</source>
        <translation>Die Tabelle (oder REST-Sammlung), die Quellwerte übersetzt, benannt wie auf ihrem Endpunkt, z. B. countries oder bei PostgreSQL public.countries. Eine Tabelle, die der Endpunkt nicht hat, lässt den Lauf vor dem Start fehlschlagen.</translation>
    </message>
    <message>
        <source>The reference table&apos;s column that must equal the source value</source>
        <translation>Die Spalte der Referenztabelle, die dem Quellwert entsprechen muss</translation>
    </message>
    <message>
        <source>The column of the reference table compared with the source field&apos;s value, e.g. code when the source holds country codes; the source value is first converted to this column&apos;s type. A source value with no matching row quarantines the row, and a NULL source value gives NULL.</source>
        <translation>Die Spalte der Referenztabelle, die mit dem Wert des Quellfelds verglichen wird, z. B. code, wenn die Quelle Ländercodes enthält; der Quellwert wird zuvor in den Typ dieser Spalte umgewandelt. Ein Quellwert ohne passende Zeile bringt die Zeile in Quarantäne, und ein NULL-Quellwert ergibt NULL.</translation>
    </message>
    <message>
        <source>The reference table&apos;s column whose value the target field takes</source>
        <translation>Die Spalte der Referenztabelle, deren Wert das Zielfeld erhält</translation>
    </message>
    <message>
        <source>The column whose value, in the matching reference row, the target field gets, e.g. name to turn a country code into the country&apos;s name. It is converted to the target field&apos;s type. Lookup fields cannot be key fields.</source>
        <translation>Die Spalte, deren Wert in der passenden Referenzzeile das Zielfeld erhält, z. B. name, um einen Ländercode in den Namen des Landes zu verwandeln. Er wird in den Typ des Zielfelds umgewandelt. Nachschlagefelder können keine Schlüsselfelder sein.</translation>
    </message>
</context>
<context>
    <name>ValidationRuleEditor</name>
    <message>
        <source>&amp;Add rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation>Regel &amp;entfernen</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>&amp;Field</source>
        <translation>&amp;Feld</translation>
    </message>
    <message>
        <source>Re&amp;quired (must not be empty)</source>
        <translation>&amp;Pflichtfeld (darf nicht leer sein)</translation>
    </message>
    <message>
        <source>Must be of &amp;type</source>
        <translation>Muss vom &amp;Typ sein</translation>
    </message>
    <message>
        <source>&amp;Range</source>
        <translation>&amp;Bereich</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min.</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max.</translation>
    </message>
    <message>
        <source>&amp;Pattern</source>
        <translation>&amp;Muster</translation>
    </message>
    <message>
        <source>A regular expression the value&apos;s text must contain a match of; anchor it with ^ and $ to match the whole value</source>
        <translation>Ein regulärer Ausdruck, zu dem der Text des Werts einen Treffer enthalten muss; verankern Sie ihn mit ^ und $, um den ganzen Wert zu prüfen</translation>
    </message>
    <message>
        <source>Must e&amp;xist in</source>
        <translation>Muss &amp;vorkommen in</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>The target field the rule checks</source>
        <translation>Das Zielfeld, das die Regel prüft</translation>
    </message>
    <message>
        <source>The target field whose value, after its transform, this rule checks. A field marked (not mapped) gets no value from the mapping, and a rule on it fails every run before it starts. A row that breaks a rule is quarantined with a message naming its key, the rule and the field; its target row is left alone and the run goes on.</source>
        <translation>Das Zielfeld, dessen Wert diese Regel nach seiner Transformation prüft. Ein mit (nicht zugeordnet) markiertes Feld erhält keinen Wert aus der Zuordnung, und eine Regel dafür lässt jeden Lauf vor dem Start fehlschlagen. Eine Zeile, die gegen eine Regel verstößt, kommt mit einer Meldung in Quarantäne, die ihren Schlüssel, die Regel und das Feld nennt; ihre Zielzeile bleibt unberührt, und der Lauf geht weiter.</translation>
    </message>
    <message>
        <source>Quarantine rows where this field is NULL</source>
        <translation>Zeilen in Quarantäne bringen, in denen dieses Feld NULL ist</translation>
    </message>
    <message>
        <source>Checked, a row whose value for this field is NULL (no value) breaks the rule and is quarantined instead of written. An empty string is a value and passes; add the pattern . (any character) to refuse it too.</source>
        <translation>Wenn angekreuzt, verstößt eine Zeile, deren Wert für dieses Feld NULL (kein Wert) ist, gegen die Regel und kommt in Quarantäne, statt geschrieben zu werden. Eine leere Zeichenkette ist ein Wert und besteht; fügen Sie das Muster . (ein beliebiges Zeichen) hinzu, um auch sie abzulehnen.</translation>
    </message>
    <message>
        <source>The type the value must convert to, e.g. integer or date</source>
        <translation>Der Typ, in den sich der Wert umwandeln lassen muss, z. B. integer oder date</translation>
    </message>
    <message>
        <source>Checks that the field&apos;s value, as text, converts to this type: integer, decimal, real, boolean, timestamp, timestamptz, date or text. A text field checked as integer, for example, refuses &quot;12a&quot;. (any) checks no type. NULL values pass; use Required for them.</source>
        <translation>Prüft, ob sich der Wert des Felds als Text in diesen Typ umwandeln lässt: integer, decimal, real, boolean, timestamp, timestamptz, date oder text. Ein als integer geprüftes Textfeld lehnt zum Beispiel &quot;12a&quot; ab. (beliebig) prüft keinen Typ. NULL-Werte bestehen; verwenden Sie dafür Pflichtfeld.</translation>
    </message>
    <message>
        <source>The smallest value allowed (inclusive); empty: no minimum</source>
        <translation>Der kleinste erlaubte Wert (einschließlich); leer: kein Minimum</translation>
    </message>
    <message>
        <source>The lowest value the field may have; the bound itself is allowed. A number compares numerically (18); any other bound is read in the field&apos;s type, e.g. 2024-01-01 for a date or timestamp field, and text fields compare as text. Empty means no lower bound; NULL values are not checked.</source>
        <translation>Der niedrigste Wert, den das Feld haben darf; die Grenze selbst ist erlaubt. Eine Zahl wird numerisch verglichen (18); jede andere Grenze wird im Typ des Felds gelesen, z. B. 2024-01-01 bei einem Datums- oder Zeitstempelfeld, und Textfelder werden als Text verglichen. Leer heißt keine Untergrenze; NULL-Werte werden nicht geprüft.</translation>
    </message>
    <message>
        <source>The largest value allowed (inclusive); empty: no maximum</source>
        <translation>Der größte erlaubte Wert (einschließlich); leer: kein Maximum</translation>
    </message>
    <message>
        <source>The highest value the field may have; the bound itself is allowed. A number compares numerically (120); any other bound is read in the field&apos;s type, e.g. 2030-12-31 for a date field. Empty means no upper bound. A row above it is quarantined as &quot;greater than the maximum&quot;.</source>
        <translation>Der höchste Wert, den das Feld haben darf; die Grenze selbst ist erlaubt. Eine Zahl wird numerisch verglichen (120); jede andere Grenze wird im Typ des Felds gelesen, z. B. 2030-12-31 bei einem Datumsfeld. Leer heißt keine Obergrenze. Eine Zeile darüber kommt mit „größer als das Maximum“ in Quarantäne.</translation>
    </message>
    <message>
        <source>A Perl-compatible regular expression searched in the value&apos;s text: the row passes when the text contains a match. Anchor it to check the whole value, e.g. ^[A-Z]{2}$ for a two-letter country code; case matters. An invalid expression fails the run before it starts; NULL values are not checked.</source>
        <translation>Ein Perl-kompatibler regulärer Ausdruck, der im Text des Werts gesucht wird: Die Zeile besteht, wenn der Text einen Treffer enthält. Verankern Sie ihn, um den ganzen Wert zu prüfen, z. B. ^[A-Z]{2}$ für einen zweibuchstabigen Ländercode; Groß- und Kleinschreibung zählen. Ein ungültiger Ausdruck lässt den Lauf vor dem Start fehlschlagen; NULL-Werte werden nicht geprüft.</translation>
    </message>
    <message>
        <source>The endpoint whose table must contain the value; (not checked): no check</source>
        <translation>Der Endpunkt, dessen Tabelle den Wert enthalten muss; (nicht geprüft): keine Prüfung</translation>
    </message>
    <message>
        <source>Referential check: the field&apos;s value must exist in a column of a table, on any endpoint of the workspace (for example the countries table of the CRM). Choose the endpoint here, then the table and the column; (not checked) turns the check off. Runs read the table by key behind a per-run cache, so large reference tables stay cheap.</source>
        <translation>Referenzprüfung: Der Wert des Felds muss in einer Spalte einer Tabelle vorkommen, auf einem beliebigen Endpunkt des Arbeitsbereichs (zum Beispiel in der Ländertabelle des CRM). Wählen Sie hier den Endpunkt, dann Tabelle und Spalte; (nicht geprüft) schaltet die Prüfung aus. Läufe lesen die Tabelle nach Schlüssel hinter einem Cache pro Lauf, sodass auch große Referenztabellen günstig bleiben.</translation>
    </message>
    <message>
        <source>The table that holds the allowed values, e.g. public.countries</source>
        <translation>Die Tabelle mit den erlaubten Werten, z. B. public.countries</translation>
    </message>
    <message>
        <source>The table (or REST collection) that holds the allowed values, named as on its endpoint, e.g. countries, or public.countries on PostgreSQL. A table the endpoint does not have fails the run before it starts.</source>
        <translation>Die Tabelle (oder REST-Sammlung) mit den erlaubten Werten, benannt wie auf ihrem Endpunkt, z. B. countries oder bei PostgreSQL public.countries. Eine Tabelle, die der Endpunkt nicht hat, lässt den Lauf vor dem Start fehlschlagen.</translation>
    </message>
    <message>
        <source>The column of that table the value must be found in, e.g. code</source>
        <translation>Die Spalte dieser Tabelle, in der der Wert vorkommen muss, z. B. code</translation>
    </message>
    <message>
        <source>The column of the reference table the value is looked up in, e.g. code. A row whose value is not found there is quarantined as &quot;not found in endpoint.table.column&quot;; NULL values are not checked. A column the table does not have fails the run before it starts.</source>
        <translation>Die Spalte der Referenztabelle, in der der Wert gesucht wird, z. B. code. Eine Zeile, deren Wert dort nicht vorkommt, kommt mit „nicht gefunden in Endpunkt.Tabelle.Spalte“ in Quarantäne; NULL-Werte werden nicht geprüft. Eine Spalte, die die Tabelle nicht hat, lässt den Lauf vor dem Start fehlschlagen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Syncline sync administration console</source>
        <translation>Syncline, Konsole zur Verwaltung von Synchronisationen</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Renders the console&apos;s views over the demo workspace to PNG files.</source>
        <translation>Zeichnet die Ansichten der Konsole über dem Demo-Arbeitsbereich in PNG-Dateien.</translation>
    </message>
    <message>
        <source>Where to write dashboard.png, endpoints.png…</source>
        <translation>Wohin dashboard.png, endpoints.png… geschrieben werden</translation>
    </message>
    <message>
        <source>syncline-screenshots: %1</source>
        <translation>syncline-screenshots: %1</translation>
    </message>
    <message>
        <source>The workspace: a file, or a directory holding workspace.db (default: $SYNCLINE_WORKSPACE, else the one set in Preferences, else the user&apos;s data folder).</source>
        <translation>Der Arbeitsbereich: eine Datei oder ein Verzeichnis mit workspace.db (Vorgabe: $SYNCLINE_WORKSPACE, sonst der in den Einstellungen gewählte, sonst der Datenordner des Benutzers).</translation>
    </message>
    <message>
        <source>Render with the Fusion style and a dark palette.</source>
        <translation>Mit dem Fusion-Stil und einer dunklen Palette zeichnen.</translation>
    </message>
    <message>
        <source>Scale the console by FACTOR, as QT_SCALE_FACTOR does.</source>
        <translation>Die Konsole um FAKTOR skalieren, wie es QT_SCALE_FACTOR tut.</translation>
    </message>
    <message>
        <source>FACTOR</source>
        <translation>FAKTOR</translation>
    </message>
    <message>
        <source>Grab only VIEW, into NAME.png (repeatable).</source>
        <translation>Nur ANSICHT aufnehmen, in NAME.png (wiederholbar).</translation>
    </message>
    <message>
        <source>VIEW=NAME</source>
        <translation>ANSICHT=NAME</translation>
    </message>
</context>
</TS>
