<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AlertsPanel</name>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>How many alert rules are firing now</source>
        <translation>Combien de règles d&apos;alerte sont actives</translation>
    </message>
    <message>
        <source>The number of alert rules that are firing now, out of all rules for all the jobs they watch. Rules are defined in the &quot;alerts&quot; array of the config file.</source>
        <translation>Le nombre de règles d&apos;alerte actives, sur toutes les règles pour toutes les tâches qu&apos;elles surveillent. Les règles sont définies dans le tableau « alerts » du fichier de configuration.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the alert states and events again</source>
        <translation>Relire les états et événements d&apos;alerte</translation>
    </message>
    <message>
        <source>Reads the current state of every alert rule and the recent firings and recoveries from the workspace again.</source>
        <translation>Relit depuis l&apos;espace de travail l&apos;état actuel de chaque règle d&apos;alerte et les déclenchements et rétablissements récents.</translation>
    </message>
    <message>
        <source>Every alert rule for every job it watches, firing ones first</source>
        <translation>Chaque règle d&apos;alerte pour chaque tâche surveillée, les actives en premier</translation>
    </message>
    <message>
        <source>Each alert rule, once per job it watches (a rule for all jobs has one row per job), with its kind, severity, whether it is firing and since when, and the last message it sent.</source>
        <translation>Chaque règle d&apos;alerte, une fois par tâche surveillée (une règle pour toutes les tâches a une ligne par tâche), avec son type, sa gravité, si elle est active et depuis quand, et le dernier message envoyé.</translation>
    </message>
    <message>
        <source>Recent firings and recoveries</source>
        <translation>Déclenchements et rétablissements récents</translation>
    </message>
    <message>
        <source>Alert firings and recoveries, newest first</source>
        <translation>Déclenchements et rétablissements d&apos;alertes, les plus récents en premier</translation>
    </message>
    <message>
        <source>Every time a rule started firing or recovered, newest first, with the measured value and the message its channels received.</source>
        <translation>Chaque déclenchement ou rétablissement d&apos;une règle, le plus récent en premier, avec la valeur mesurée et le message reçu par ses canaux.</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Filter by time, actor, action, object or detail…</source>
        <translation>Filtrer par date, acteur, action, objet ou détail…</translation>
    </message>
    <message>
        <source>Show only entries containing this text</source>
        <translation>N&apos;afficher que les entrées contenant ce texte</translation>
    </message>
    <message>
        <source>Filters the audit log: only entries whose time, actor, action, object or detail contains the text are shown.</source>
        <translation>Filtre le journal d&apos;audit : seules les entrées dont la date, l&apos;acteur, l&apos;action, l&apos;objet ou le détail contient le texte sont affichées.</translation>
    </message>
    <message>
        <source>Who changed what in the workspace, and when</source>
        <translation>Qui a modifié quoi dans l&apos;espace de travail, et quand</translation>
    </message>
    <message>
        <source>Every change to the workspace&apos;s endpoints, mappings and jobs: when, by whom, what was done and to which object. Select an entry to see its detail.</source>
        <translation>Chaque modification des points de terminaison, mappages et tâches de l&apos;espace de travail : quand, par qui, ce qui a été fait et sur quel objet. Sélectionnez une entrée pour voir son détail.</translation>
    </message>
    <message>
        <source>The selected entry&apos;s values before and after</source>
        <translation>Les valeurs avant et après de l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>The selected audit entry in full: the values before and after the change.</source>
        <translation>L&apos;entrée d&apos;audit sélectionnée en entier : les valeurs avant et après la modification.</translation>
    </message>
    <message>
        <source>Only entries of this action</source>
        <translation>Seulement les entrées de cette action</translation>
    </message>
    <message>
        <source>Narrows the log to one kind of action, for example &quot;conflict.resolve&quot; for every conflict resolution (who, when, which values before and after, which rule).</source>
        <translation>Restreint le journal à un type d&apos;action, par exemple « conflict.resolve » pour chaque résolution de conflit (qui, quand, quelles valeurs avant et après, quelle règle).</translation>
    </message>
</context>
<context>
    <name>ConflictRulesDialog</name>
    <message>
        <source>Conflict Resolution Rules</source>
        <translation>Règles de résolution des conflits</translation>
    </message>
    <message>
        <source>The saved rules of this workspace</source>
        <translation>Les règles enregistrées de cet espace de travail</translation>
    </message>
    <message>
        <source>Every saved rule, by name. Select one to edit it; the Resolve menu of the Conflicts view offers them all.</source>
        <translation>Chaque règle enregistrée, par nom. Sélectionnez-en une pour la modifier ; le menu « Résoudre » de la vue Conflits les propose toutes.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Start a new rule</source>
        <translation>Commencer une nouvelle règle</translation>
    </message>
    <message>
        <source>Clears the form for a new rule; Save stores it under its name.</source>
        <translation>Vide le formulaire pour une nouvelle règle ; Enregistrer la stocke sous son nom.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected rule</source>
        <translation>Supprimer la règle sélectionnée</translation>
    </message>
    <message>
        <source>Removes the selected rule from the workspace. Conflicts it resolved stay resolved; the audit log keeps its name.</source>
        <translation>Retire la règle sélectionnée de l&apos;espace de travail. Les conflits qu&apos;elle a résolus restent résolus ; le journal d&apos;audit conserve son nom.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>The rule&apos;s name, as the Resolve menu and the audit log show it</source>
        <translation>Le nom de la règle, tel que l&apos;affichent le menu « Résoudre » et le journal d&apos;audit</translation>
    </message>
    <message>
        <source>A unique name, for example &quot;CRM owns contact data&quot;. Saving under an existing name replaces that rule.</source>
        <translation>Un nom unique, par exemple « Le CRM fait foi pour les contacts ». Enregistrer sous un nom existant remplace cette règle.</translation>
    </message>
    <message>
        <source>&amp;Decides by:</source>
        <translation>&amp;Décide selon :</translation>
    </message>
    <message>
        <source>How the rule settles each conflict</source>
        <translation>Comment la règle tranche chaque conflit</translation>
    </message>
    <message>
        <source>Take source or take target: that side&apos;s row wins (fields changed on one side only still merge). Newest: the row with the later value of a time field wins. Script: a JavaScript function decides, as in a job&apos;s rule policy.</source>
        <translation>Prendre la source ou prendre la cible : la ligne de ce côté l&apos;emporte (les champs modifiés d&apos;un seul côté sont tout de même fusionnés). Le plus récent : la ligne dont un champ de date a la valeur la plus tardive l&apos;emporte. Script : une fonction JavaScript décide, comme dans la politique par règle d&apos;une tâche.</translation>
    </message>
    <message>
        <source>&amp;Time field:</source>
        <translation>&amp;Champ de date :</translation>
    </message>
    <message>
        <source>updated_at</source>
        <translation>updated_at</translation>
    </message>
    <message>
        <source>Newest: the mapped (target) field whose later value wins</source>
        <translation>Le plus récent : le champ mappé (cible) dont la valeur la plus tardive l&apos;emporte</translation>
    </message>
    <message>
        <source>The field compared by &quot;Newest&quot;, named as in the mapping&apos;s target, for example updated_at. On equal times the source wins; a side that deleted the row loses to the side that still has it.</source>
        <translation>Le champ comparé par « Le plus récent », nommé comme dans la cible du mappage, par exemple updated_at. À égalité, la source l&apos;emporte ; un côté qui a supprimé la ligne perd face au côté qui l&apos;a encore.</translation>
    </message>
    <message>
        <source>&amp;Script:</source>
        <translation>&amp;Script :</translation>
    </message>
    <message>
        <source>function (base, source, target, conflict) { return &quot;source&quot;; }</source>
        <translation>function (base, source, target, conflict) { return &quot;source&quot;; }</translation>
    </message>
    <message>
        <source>Script: a JavaScript function (base, source, target, conflict)</source>
        <translation>Script : une fonction JavaScript (base, source, target, conflict)</translation>
    </message>
    <message>
        <source>Called once per conflict with the base, source and target rows (objects by field name, null when absent) and conflict {kind, key, fields}. Return &quot;source&quot;, &quot;target&quot;, &quot;manual&quot; (leave it pending) or an object with the merged fields&apos; values.</source>
        <translation>Appelée une fois par conflit avec les lignes de base, source et cible (objets indexés par nom de champ, null si absentes) et conflict {kind, key, fields}. Renvoyez &quot;source&quot;, &quot;target&quot;, &quot;manual&quot; (le laisser en attente) ou un objet avec les valeurs des champs fusionnés.</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <source>What the rule is for, shown as the menu entry&apos;s tooltip</source>
        <translation>À quoi sert la règle, affiché en info-bulle de l&apos;entrée de menu</translation>
    </message>
    <message>
        <source>A sentence for your colleagues: when to use this rule and why.</source>
        <translation>Une phrase pour vos collègues : quand utiliser cette règle et pourquoi.</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Only the conflicts of this job</source>
        <translation>Seulement les conflits de cette tâche</translation>
    </message>
    <message>
        <source>Narrows the list to the conflicts of one two-way job. The choices are the jobs that have pending conflicts.</source>
        <translation>Restreint la liste aux conflits d&apos;une tâche bidirectionnelle. Les choix sont les tâches qui ont des conflits en attente.</translation>
    </message>
    <message>
        <source>Only the conflicts of this entity (source -&gt; target)</source>
        <translation>Seulement les conflits de cette entité (source -&gt; cible)</translation>
    </message>
    <message>
        <source>Narrows the list to one entity pair, shown as source entity -&gt; target entity.</source>
        <translation>Restreint la liste à une paire d&apos;entités, affichée sous la forme entité source -&gt; entité cible.</translation>
    </message>
    <message>
        <source>Only conflicts of this kind</source>
        <translation>Seulement les conflits de ce type</translation>
    </message>
    <message>
        <source>update/update: both sides changed the row; update/delete: one side changed it, the other deleted it; insert/insert: both sides added a row with the same key.</source>
        <translation>update/update : les deux côtés ont modifié la ligne ; update/delete : un côté l&apos;a modifiée, l&apos;autre l&apos;a supprimée ; insert/insert : les deux côtés ont ajouté une ligne de même clé.</translation>
    </message>
    <message>
        <source>Only conflicts in which this field changed on both sides</source>
        <translation>Seulement les conflits où ce champ a changé des deux côtés</translation>
    </message>
    <message>
        <source>Narrows the list to conflicts whose fields in conflict include this one.</source>
        <translation>Restreint la liste aux conflits dont les champs en conflit incluent celui-ci.</translation>
    </message>
    <message>
        <source>Search keys…</source>
        <translation>Rechercher des clés…</translation>
    </message>
    <message>
        <source>Show conflicts whose key contains this text (Ctrl+F)</source>
        <translation>Afficher les conflits dont la clé contient ce texte (Ctrl+F)</translation>
    </message>
    <message>
        <source>A piece of the key as it is shown, for example &quot;id=42&quot; or &quot;ACME&quot;. Case does not matter; the list follows as you type.</source>
        <translation>Un morceau de la clé telle qu&apos;elle est affichée, par exemple « id=42 » ou « ACME ». La casse est ignorée ; la liste suit la saisie.</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Reportés</translation>
    </message>
    <message>
        <source>Also list the conflicts snoozed until later</source>
        <translation>Lister aussi les conflits reportés à plus tard</translation>
    </message>
    <message>
        <source>A snoozed conflict is hidden from the list until its time comes. Check this to list them too (in italics), for example to un-snooze one.</source>
        <translation>Un conflit reporté est masqué de la liste jusqu&apos;à son échéance. Cochez ceci pour les lister aussi (en italique), par exemple pour en rétablir un.</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Resolve the selected conflicts by a side or by a saved rule</source>
        <translation>Résoudre les conflits sélectionnés par un côté ou par une règle enregistrée</translation>
    </message>
    <message>
        <source>Resolves every selected conflict at once: take the source&apos;s row, the target&apos;s row, or apply a saved rule. The rows are written to both sides off the main thread; conflicts a side rejects stay pending and are listed with their error.</source>
        <translation>Résout d&apos;un coup tous les conflits sélectionnés : prendre la ligne de la source, celle de la cible, ou appliquer une règle enregistrée. Les lignes sont écrites des deux côtés hors du fil principal ; les conflits qu&apos;un côté rejette restent en attente et sont listés avec leur erreur.</translation>
    </message>
    <message>
        <source>Select all matching</source>
        <translation>Sélectionner tous les résultats</translation>
    </message>
    <message>
        <source>Act on every conflict that matches the filter, loaded or not</source>
        <translation>Agir sur chaque conflit correspondant au filtre, chargé ou non</translation>
    </message>
    <message>
        <source>While checked, Resolve and Snooze apply to every pending conflict that matches the filters and key search, including those not yet loaded in the list.</source>
        <translation>Tant que c&apos;est coché, Résoudre et Reporter s&apos;appliquent à chaque conflit en attente correspondant aux filtres et à la recherche de clé, y compris ceux pas encore chargés.</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Defer the selected conflicts, or bring snoozed ones back</source>
        <translation>Reporter les conflits sélectionnés, ou rétablir ceux reportés</translation>
    </message>
    <message>
        <source>A snoozed conflict leaves the list until the chosen time; runs keep leaving its row alone meanwhile. Un-snooze brings it back at once.</source>
        <translation>Un conflit reporté quitte la liste jusqu&apos;à l&apos;heure choisie ; les exécutions laissent sa ligne intacte entre-temps. « Rétablir » le ramène aussitôt.</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>Règles…</translation>
    </message>
    <message>
        <source>Create, edit and delete saved resolution rules</source>
        <translation>Créer, modifier et supprimer des règles de résolution enregistrées</translation>
    </message>
    <message>
        <source>Saved rules settle many conflicts the same way: take source, take target, the newest row by a time field, or a JavaScript function like a job&apos;s rule policy.</source>
        <translation>Les règles enregistrées règlent de nombreux conflits de la même façon : prendre la source, prendre la cible, la ligne la plus récente selon un champ de date, ou une fonction JavaScript comme la politique par règle d&apos;une tâche.</translation>
    </message>
    <message>
        <source>Pending conflicts, oldest first</source>
        <translation>Conflits en attente, les plus anciens en premier</translation>
    </message>
    <message>
        <source>Every pending conflict that matches the filters, oldest first; more load as you scroll. Select one to review it on the right; select several (Shift or Ctrl) to resolve or snooze them together.</source>
        <translation>Chaque conflit en attente correspondant aux filtres, le plus ancien en premier ; d&apos;autres se chargent au défilement. Sélectionnez-en un pour l&apos;examiner à droite ; sélectionnez-en plusieurs (Maj ou Ctrl) pour les résoudre ou les reporter ensemble.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Exécutions récentes</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>&amp;Job:</source>
        <translation>&amp;Tâche :</translation>
    </message>
    <message>
        <source>Show the charts of one job, or of all jobs together</source>
        <translation>Afficher les graphiques d&apos;une tâche, ou de toutes les tâches ensemble</translation>
    </message>
    <message>
        <source>The job whose latency, throughput, failed runs and pending conflicts the charts show. &quot;All jobs&quot; merges every job: latency and throughput over all their runs, the share of all runs that failed, and the sum of their pending conflicts.</source>
        <translation>La tâche dont les graphiques montrent la latence, le débit, les exécutions en échec et les conflits en attente. « Toutes les tâches » les regroupe : latence et débit sur toutes leurs exécutions, part de toutes les exécutions en échec et somme de leurs conflits en attente.</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>The last hour, minute by minute</source>
        <translation>La dernière heure, minute par minute</translation>
    </message>
    <message>
        <source>Charts the last hour. Points are per minute (minute points are kept for 48 hours).</source>
        <translation>Trace la dernière heure. Un point par minute (les points par minute sont conservés 48 heures).</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>The last 24 hours, minute by minute</source>
        <translation>Les dernières 24 heures, minute par minute</translation>
    </message>
    <message>
        <source>Charts the last 24 hours. Points are per minute (minute points are kept for 48 hours).</source>
        <translation>Trace les dernières 24 heures. Un point par minute (les points par minute sont conservés 48 heures).</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 j</translation>
    </message>
    <message>
        <source>The last 7 days, hour by hour</source>
        <translation>Les 7 derniers jours, heure par heure</translation>
    </message>
    <message>
        <source>Charts the last 7 days. Points are per hour (hourly points are kept for 30 days).</source>
        <translation>Trace les 7 derniers jours. Un point par heure (les points horaires sont conservés 30 jours).</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 j</translation>
    </message>
    <message>
        <source>The last 30 days, hour by hour</source>
        <translation>Les 30 derniers jours, heure par heure</translation>
    </message>
    <message>
        <source>Charts the last 30 days. Points are per hour (hourly points are kept for 30 days; daily points for two years).</source>
        <translation>Trace les 30 derniers jours. Un point par heure (les points horaires sont conservés 30 jours ; les points journaliers deux ans).</translation>
    </message>
</context>
<context>
    <name>EndpointForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>crm, edge, warehouse…</source>
        <translation>crm, edge, warehouse…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Database &amp;file:</source>
        <translation>&amp;Fichier de base de données :</translation>
    </message>
    <message>
        <source>/var/lib/edge.db</source>
        <translation>/var/lib/edge.db</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>P&amp;arameters:</source>
        <translation>P&amp;aramètres :</translation>
    </message>
    <message>
        <source>sslmode=require&amp;connect_timeout=5</source>
        <translation>sslmode=require&amp;connect_timeout=5</translation>
    </message>
    <message>
        <source>Password &amp;variable:</source>
        <translation>&amp;Variable du mot de passe :</translation>
    </message>
    <message>
        <source>CRM_PASSWORD (an environment variable that holds it)</source>
        <translation>CRM_PASSWORD (une variable d&apos;environnement qui le contient)</translation>
    </message>
    <message>
        <source>Password in the OS &amp;keychain</source>
        <translation>Mot de passe dans le &amp;trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Set password…</source>
        <translation>&amp;Définir le mot de passe…</translation>
    </message>
    <message>
        <source>Stored as:</source>
        <translation>Enregistré comme :</translation>
    </message>
    <message>
        <source>A short name that jobs and mappings refer to this endpoint by</source>
        <translation>Un nom court par lequel les tâches et les mappages désignent ce point de terminaison</translation>
    </message>
    <message>
        <source>The endpoint&apos;s name: short, unique in the workspace, used by mappings, jobs, the config file and synclinectl (e.g. crm). A saved endpoint keeps its name; clone it to get one under another name.</source>
        <translation>Le nom du point de terminaison : court, unique dans l&apos;espace de travail, utilisé par les mappages, les tâches, le fichier de configuration et synclinectl (par ex. crm). Un point de terminaison enregistré garde son nom ; clonez-le pour en obtenir un sous un autre nom.</translation>
    </message>
    <message>
        <source>The kind of database: a SQLite file or a PostgreSQL server</source>
        <translation>Le type de base de données : un fichier SQLite ou un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>What kind of database the endpoint is. The fields below change with the kind: a file for SQLite; host, port, database and user for PostgreSQL.</source>
        <translation>Le type de base de données du point de terminaison. Les champs ci-dessous changent selon le type : un fichier pour SQLite ; hôte, port, base et utilisateur pour PostgreSQL.</translation>
    </message>
    <message>
        <source>The SQLite database file</source>
        <translation>Le fichier de base de données SQLite</translation>
    </message>
    <message>
        <source>The path of the SQLite database file, as the machine that runs the jobs sees it. The file and its tables must exist: Syncline creates neither.</source>
        <translation>Le chemin du fichier de base de données SQLite, tel que le voit la machine qui exécute les tâches. Le fichier et ses tables doivent exister : Syncline ne crée ni l&apos;un ni les autres.</translation>
    </message>
    <message>
        <source>Choose the SQLite database file</source>
        <translation>Choisir le fichier de base de données SQLite</translation>
    </message>
    <message>
        <source>Opens a file dialog to pick the SQLite database file.</source>
        <translation>Ouvre une boîte de dialogue pour choisir le fichier de base de données SQLite.</translation>
    </message>
    <message>
        <source>The PostgreSQL server&apos;s host name or IP address</source>
        <translation>Nom d&apos;hôte ou adresse IP du serveur PostgreSQL</translation>
    </message>
    <message>
        <source>The host name or IP address of the PostgreSQL server, or the directory of its Unix socket (e.g. /var/run/postgresql).</source>
        <translation>Le nom d&apos;hôte ou l&apos;adresse IP du serveur PostgreSQL, ou le dossier de son socket Unix (par ex. /var/run/postgresql).</translation>
    </message>
    <message>
        <source>The PostgreSQL server&apos;s TCP port (usually 5432)</source>
        <translation>Le port TCP du serveur PostgreSQL (en général 5432)</translation>
    </message>
    <message>
        <source>The TCP port the PostgreSQL server listens on; 5432 unless the server was set up otherwise.</source>
        <translation>Le port TCP sur lequel écoute le serveur PostgreSQL ; 5432 sauf si le serveur a été configuré autrement.</translation>
    </message>
    <message>
        <source>The name of the database on the server</source>
        <translation>Le nom de la base de données sur le serveur</translation>
    </message>
    <message>
        <source>The database on the PostgreSQL server that holds the tables to sync.</source>
        <translation>La base de données du serveur PostgreSQL qui contient les tables à synchroniser.</translation>
    </message>
    <message>
        <source>The PostgreSQL role to connect as</source>
        <translation>Le rôle PostgreSQL sous lequel se connecter</translation>
    </message>
    <message>
        <source>The role Syncline connects as. It needs SELECT on the source tables and INSERT, UPDATE and DELETE on the target tables.</source>
        <translation>Le rôle sous lequel Syncline se connecte. Il lui faut SELECT sur les tables source et INSERT, UPDATE et DELETE sur les tables cibles.</translation>
    </message>
    <message>
        <source>Extra libpq connection parameters, as key=value pairs joined by &amp;</source>
        <translation>Paramètres de connexion libpq supplémentaires, en paires clé=valeur reliées par &amp;</translation>
    </message>
    <message>
        <source>Further libpq connection parameters as key=value pairs joined by &amp;, e.g. sslmode=require&amp;connect_timeout=5. See the PostgreSQL documentation of connection strings.</source>
        <translation>Autres paramètres de connexion libpq en paires clé=valeur reliées par &amp;, par ex. sslmode=require&amp;connect_timeout=5. Voir la documentation PostgreSQL des chaînes de connexion.</translation>
    </message>
    <message>
        <source>The environment variable that holds the password</source>
        <translation>La variable d&apos;environnement qui contient le mot de passe</translation>
    </message>
    <message>
        <source>The name of an environment variable that holds the password, e.g. CRM_PASSWORD. The workspace stores only the name, never the password. When both are set, the variable is tried first, then the keychain.</source>
        <translation>Le nom d&apos;une variable d&apos;environnement qui contient le mot de passe, par ex. CRM_PASSWORD. L&apos;espace de travail n&apos;enregistre que le nom, jamais le mot de passe. Si les deux sont définis, la variable est essayée d&apos;abord, puis le trousseau.</translation>
    </message>
    <message>
        <source>Keep the password in the OS keychain instead of the workspace</source>
        <translation>Conserver le mot de passe dans le trousseau du système plutôt que dans l&apos;espace de travail</translation>
    </message>
    <message>
        <source>When checked, the password is read from the keychain of your desktop (Secret Service, KWallet). Store it there with Set password…; it never enters the workspace or an export.</source>
        <translation>Coché, le mot de passe est lu dans le trousseau de votre bureau (Secret Service, KWallet). Enregistrez-le avec « Définir le mot de passe… » ; il n&apos;entre jamais dans l&apos;espace de travail ni dans un export.</translation>
    </message>
    <message>
        <source>Store this endpoint&apos;s password in the OS keychain</source>
        <translation>Enregistrer le mot de passe de ce point de terminaison dans le trousseau du système</translation>
    </message>
    <message>
        <source>Asks for the password and stores it in the OS keychain under this endpoint&apos;s name.</source>
        <translation>Demande le mot de passe et l&apos;enregistre dans le trousseau du système sous le nom de ce point de terminaison.</translation>
    </message>
</context>
<context>
    <name>EndpointsView</name>
    <message>
        <source>Endpoints</source>
        <translation>Points de terminaison</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Cloner</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Reload schema</source>
        <translation>Recharger le schéma</translation>
    </message>
    <message>
        <source>The workspace&apos;s endpoints; select one to edit it and browse its tables</source>
        <translation>Les points de terminaison de l&apos;espace de travail ; sélectionnez-en un pour le modifier et parcourir ses tables</translation>
    </message>
    <message>
        <source>Every endpoint of the workspace with its kind, location and where its password comes from. Select one to edit it on the right and to see its tables.</source>
        <translation>Chaque point de terminaison de l&apos;espace de travail avec son type, son emplacement et l&apos;origine de son mot de passe. Sélectionnez-en un pour le modifier à droite et voir ses tables.</translation>
    </message>
    <message>
        <source>Save the endpoint to the workspace</source>
        <translation>Enregistrer le point de terminaison dans l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Writes the endpoint to the workspace. The change is recorded in the audit log.</source>
        <translation>Écrit le point de terminaison dans l&apos;espace de travail. La modification est consignée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>Abandonner les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Puts the form back to the endpoint as it is saved in the workspace.</source>
        <translation>Remet le formulaire dans l&apos;état du point de terminaison enregistré dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Connect with these settings and list the tables</source>
        <translation>Se connecter avec ces réglages et lister les tables</translation>
    </message>
    <message>
        <source>Connects with the settings in the form (saved or not) and shows the server version, how long connecting took and the tables the endpoint can see.</source>
        <translation>Se connecte avec les réglages du formulaire (enregistrés ou non) et affiche la version du serveur, la durée de connexion et les tables visibles par le point de terminaison.</translation>
    </message>
    <message>
        <source>Read the tables again from the database</source>
        <translation>Relire les tables depuis la base de données</translation>
    </message>
    <message>
        <source>Reads the tables, columns, keys and row counts of the endpoint again.</source>
        <translation>Relit les tables, colonnes, clés et nombres de lignes du point de terminaison.</translation>
    </message>
    <message>
        <source>The endpoint&apos;s tables, with columns, declared types, keys and row counts</source>
        <translation>Les tables du point de terminaison, avec colonnes, types déclarés, clés et nombres de lignes</translation>
    </message>
    <message>
        <source>The tables of the selected endpoint: each column with its declared type, whether it may be NULL, and whether it is part of the primary key. Row counts are estimates from the database&apos;s statistics.</source>
        <translation>Les tables du point de terminaison sélectionné : chaque colonne avec son type déclaré, si elle accepte NULL et si elle fait partie de la clé primaire. Les nombres de lignes sont des estimations tirées des statistiques de la base.</translation>
    </message>
</context>
<context>
    <name>JobDetailsPanel</name>
    <message>
        <source>No job selected</source>
        <translation>Aucune tâche sélectionnée</translation>
    </message>
    <message>
        <source>Select a job to see its last run and its progress.</source>
        <translation>Sélectionnez une tâche pour voir sa dernière exécution et sa progression.</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Jamais exécutée</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Insérées</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>En quarantaine</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimées</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Lignes lues</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangées</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Inactive</translation>
    </message>
</context>
<context>
    <name>JobEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>customers-push</source>
        <translation>customers-push</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>&amp;Mappage :</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Direction :</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation>M&amp;ode :</translation>
    </message>
    <message>
        <source>Change de&amp;tection:</source>
        <translation>Dé&amp;tection des changements :</translation>
    </message>
    <message>
        <source>C&amp;hange column:</source>
        <translation>&amp;Colonne de changement :</translation>
    </message>
    <message>
        <source>&amp;Conflict policy:</source>
        <translation>&amp;Politique de conflit :</translation>
    </message>
    <message>
        <source>Compared &amp;field:</source>
        <translation>C&amp;hamp comparé :</translation>
    </message>
    <message>
        <source>On a &amp;tie:</source>
        <translation>En cas d&apos;é&amp;galité :</translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation>Rè&amp;gle :</translation>
    </message>
    <message>
        <source>D&amp;eletes:</source>
        <translation>&amp;Suppressions :</translation>
    </message>
    <message>
        <source>&amp;Flag column:</source>
        <translation>Colonne &amp;indicateur :</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>Taille des &amp;lots :</translation>
    </message>
    <message>
        <source> rows per transaction</source>
        <translation> lignes par transaction</translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation>Plani&amp;fication :</translation>
    </message>
    <message>
        <source>When the job runs by itself: only on demand, every fixed interval, or by a cron expression.</source>
        <translation>Quand la tâche s&apos;exécute d&apos;elle-même : seulement à la demande, à intervalle fixe ou selon une expression cron.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Schedule&lt;/b&gt;: &lt;i&gt;On demand&lt;/i&gt; jobs run only when started (Run now, synclinectl run). &lt;i&gt;Every&lt;/i&gt; runs the job at a fixed interval of real time (10s, 15m, 2h). &lt;i&gt;Cron&lt;/i&gt; uses a 5-field cron expression (minute hour day-of-month month day-of-week) on the wall clock. Scheduled jobs run while the console is open (unless turned off in the preferences) and in &lt;tt&gt;synclinectl daemon&lt;/tt&gt;; a job never runs twice at once.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Planification&lt;/b&gt; : les tâches &lt;i&gt;À la demande&lt;/i&gt; ne s&apos;exécutent que lorsqu&apos;on les lance (Exécuter maintenant, synclinectl run). &lt;i&gt;Toutes les&lt;/i&gt; exécute la tâche à intervalle fixe de temps réel (10s, 15m, 2h). &lt;i&gt;Cron&lt;/i&gt; utilise une expression cron à 5 champs (minute heure jour-du-mois mois jour-de-la-semaine) selon l&apos;heure de l&apos;horloge. Les tâches planifiées s&apos;exécutent tant que la console est ouverte (sauf si c&apos;est désactivé dans les préférences) et dans &lt;tt&gt;synclinectl daemon&lt;/tt&gt; ; une tâche ne s&apos;exécute jamais deux fois en même temps.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>10m</source>
        <translation>10m</translation>
    </message>
    <message>
        <source>The interval: a whole number and a unit, s, m or h (at least 1s).</source>
        <translation>L&apos;intervalle : un nombre entier et une unité, s, m ou h (au moins 1s).</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Interval&lt;/b&gt;: how long from one fire to the next, e.g. &lt;tt&gt;30s&lt;/tt&gt;, &lt;tt&gt;10m&lt;/tt&gt;, &lt;tt&gt;2h&lt;/tt&gt;. It counts real time, so a daylight-saving change neither stretches nor shrinks it. When a run takes longer than the interval, the next starts right after it ends.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Intervalle&lt;/b&gt; : le temps entre deux déclenchements, par ex. &lt;tt&gt;30s&lt;/tt&gt;, &lt;tt&gt;10m&lt;/tt&gt;, &lt;tt&gt;2h&lt;/tt&gt;. Il compte le temps réel : un changement d&apos;heure ne l&apos;allonge ni ne le raccourcit. Quand une exécution dure plus longtemps que l&apos;intervalle, la suivante démarre dès qu&apos;elle se termine.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>*/5 * * * *</source>
        <translation>*/5 * * * *</translation>
    </message>
    <message>
        <source>minute hour day-of-month month day-of-week, e.g. */5 * * * * or 0 2 * * Mon-Fri</source>
        <translation>minute heure jour-du-mois mois jour-de-la-semaine, par ex. */5 * * * * ou 0 2 * * Mon-Fri</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Cron expression&lt;/b&gt;: five fields, minute (0-59), hour (0-23), day of month (1-31), month (1-12 or Jan-Dec) and day of week (0-7 or Sun-Sat; 0 and 7 are Sunday). Fields take lists (&lt;tt&gt;1,15&lt;/tt&gt;), ranges (&lt;tt&gt;9-17&lt;/tt&gt;) and steps (&lt;tt&gt;*/5&lt;/tt&gt;); @hourly, @daily, @weekly, @monthly and @yearly are shorthands. When both day fields are restricted, a day matching either fires. A time skipped by the spring clock change fires once when the clocks have moved on; a repeated autumn hour fires once.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Expression cron&lt;/b&gt; : cinq champs, minute (0-59), heure (0-23), jour du mois (1-31), mois (1-12 ou Jan-Dec) et jour de la semaine (0-7 ou Sun-Sat ; 0 et 7 sont le dimanche). Les champs acceptent des listes (&lt;tt&gt;1,15&lt;/tt&gt;), des plages (&lt;tt&gt;9-17&lt;/tt&gt;) et des pas (&lt;tt&gt;*/5&lt;/tt&gt;) ; @hourly, @daily, @weekly, @monthly et @yearly sont des raccourcis. Quand les deux champs de jour sont restreints, un jour qui correspond à l&apos;un ou à l&apos;autre déclenche. Une heure sautée au passage à l&apos;heure d&apos;été se déclenche une fois que l&apos;horloge a avancé ; une heure répétée en automne ne se déclenche qu&apos;une fois.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>Plage horai&amp;re :</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>à tout moment</translation>
    </message>
    <message>
        <source>Only fire inside these times, e.g. Mon-Fri 22:00-06:00; empty: any time.</source>
        <translation>Ne déclencher que dans ces plages, par ex. Mon-Fri 22:00-06:00 ; vide : à tout moment.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Window&lt;/b&gt;: the times scheduled runs may start, as &lt;tt&gt;[DAYS] [HH:MM-HH:MM]&lt;/tt&gt;, several separated by semicolons: &lt;tt&gt;Mon-Fri 22:00-06:00; Sat,Sun&lt;/tt&gt;. A range that ends before it starts crosses midnight and belongs to the day it opens on (Friday 22:00 to Saturday 06:00). An interval schedule that falls outside the window fires when the window next opens.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Plage horaire&lt;/b&gt; : les heures auxquelles les exécutions planifiées peuvent démarrer, sous la forme &lt;tt&gt;[JOURS] [HH:MM-HH:MM]&lt;/tt&gt;, plusieurs séparées par des points-virgules : &lt;tt&gt;Mon-Fri 22:00-06:00; Sat,Sun&lt;/tt&gt;. Une plage qui se termine avant de commencer passe minuit et appartient au jour où elle s&apos;ouvre (vendredi 22:00 à samedi 06:00). Une planification par intervalle qui tombe hors de la plage se déclenche à la prochaine ouverture de la plage.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>M&amp;issed runs:</source>
        <translation>Exécutions manq&amp;uées :</translation>
    </message>
    <message>
        <source>What to do at start with fires missed while no scheduler ran.</source>
        <translation>Que faire au démarrage des déclenchements manqués pendant qu&apos;aucun planificateur ne tournait.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Missed runs&lt;/b&gt;: when a scheduler starts (console or daemon) and the job&apos;s next fire is more than a minute overdue, because nothing was running to fire it, &lt;i&gt;Run once&lt;/i&gt; runs the job once right away, however many fires were missed; &lt;i&gt;Skip&lt;/i&gt; waits for the next regular fire.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Exécutions manquées&lt;/b&gt; : quand un planificateur démarre (console ou démon) et que le prochain déclenchement de la tâche a plus d&apos;une minute de retard, faute de processus pour le déclencher, &lt;i&gt;Exécuter une fois au démarrage&lt;/i&gt; exécute la tâche une fois immédiatement, quel que soit le nombre de déclenchements manqués ; &lt;i&gt;Les ignorer&lt;/i&gt; attend le prochain déclenchement régulier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>Nouvelles tentati&amp;ves :</translation>
    </message>
    <message>
        <source>How often a scheduled run that failed for a passing reason is tried again (0: never).</source>
        <translation>Combien de fois une exécution planifiée qui a échoué pour une raison passagère est retentée (0 : jamais).</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Retries&lt;/b&gt;: a scheduled run that fails with a transient error (connection refused or reset, a timeout, a deadlock or serialization failure, a busy database) is tried again up to this many times. Before retry &lt;i&gt;n&lt;/i&gt; it waits a random time between 0 and base × 2&lt;sup&gt;n-1&lt;/sup&gt;, capped by the maximum delay (exponential backoff with full jitter). Every attempt is recorded.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nouvelles tentatives&lt;/b&gt; : une exécution planifiée qui échoue sur une erreur transitoire (connexion refusée ou réinitialisée, délai dépassé, interblocage ou échec de sérialisation, base de données occupée) est retentée jusqu&apos;à ce nombre de fois. Avant la tentative &lt;i&gt;n&lt;/i&gt;, elle attend une durée aléatoire entre 0 et base × 2&lt;sup&gt;n-1&lt;/sup&gt;, plafonnée par le délai maximal (backoff exponentiel avec gigue complète). Chaque tentative est enregistrée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>b&amp;ase:</source>
        <translation>&amp;base :</translation>
    </message>
    <message>
        <source>2s</source>
        <translation>2s</translation>
    </message>
    <message>
        <source>The first retry waits up to this long (ms, s, m or h); each further one up to twice as long.</source>
        <translation>La première nouvelle tentative attend au plus cette durée (ms, s, m ou h) ; chacune des suivantes jusqu&apos;au double.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Backoff base&lt;/b&gt;: the cap of the wait before the first retry, e.g. &lt;tt&gt;500ms&lt;/tt&gt; or &lt;tt&gt;2s&lt;/tt&gt;. The cap doubles with each retry up to the maximum delay.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Base du backoff&lt;/b&gt; : le plafond de l&apos;attente avant la première nouvelle tentative, par ex. &lt;tt&gt;500ms&lt;/tt&gt; ou &lt;tt&gt;2s&lt;/tt&gt;. Le plafond double à chaque nouvelle tentative jusqu&apos;au délai maximal.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>ma&amp;x delay:</source>
        <translation>délai ma&amp;x :</translation>
    </message>
    <message>
        <source>5m</source>
        <translation>5m</translation>
    </message>
    <message>
        <source>No retry waits longer than this (ms, s, m or h).</source>
        <translation>Aucune nouvelle tentative n&apos;attend plus longtemps que cette durée (ms, s, m ou h).</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Maximum delay&lt;/b&gt;: the longest wait before a retry, however many came before, e.g. &lt;tt&gt;5m&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Délai maximal&lt;/b&gt; : l&apos;attente la plus longue avant une nouvelle tentative, quel que soit le nombre de tentatives précédentes, par ex. &lt;tt&gt;5m&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The job&apos;s name, unique in the workspace, e.g. customers-push.</source>
        <translation>Le nom de la tâche, unique dans l&apos;espace de travail, par ex. customers-push.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Name&lt;/b&gt;: how the console, the run history, &lt;tt&gt;synclinectl run NAME&lt;/tt&gt; and the config file refer to the job, e.g. &lt;tt&gt;customers-push&lt;/tt&gt;. It must be unique in the workspace, and a job without one cannot be saved. A saved job keeps its name: clone it to make one under another name.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nom&lt;/b&gt; : le nom sous lequel la console, l&apos;historique des exécutions, &lt;tt&gt;synclinectl run NOM&lt;/tt&gt; et le fichier de configuration désignent la tâche, par ex. &lt;tt&gt;customers-push&lt;/tt&gt;. Il doit être unique dans l&apos;espace de travail ; une tâche sans nom ne peut pas être enregistrée. Une tâche enregistrée garde son nom : clonez-la pour en créer une sous un autre nom.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The mapping the job runs: which source entity goes to which target entity, and how.</source>
        <translation>Le mappage que la tâche exécute : quelle entité source va vers quelle entité cible, et comment.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Mapping&lt;/b&gt;: the source and target entities, the key and the field transforms the job runs, summed up beside it as &lt;i&gt;endpoint.entity → endpoint.entity&lt;/i&gt;. Mappings are built in the Mappings view; a job cannot be saved without one. A mapping marked &lt;i&gt;(missing)&lt;/i&gt; is no longer in the workspace: runs of the job fail until you choose another.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Mappage&lt;/b&gt; : les entités source et cible, la clé et les transformations de champs que la tâche exécute, résumés à côté sous la forme &lt;i&gt;point de terminaison.entité → point de terminaison.entité&lt;/i&gt;. Les mappages se construisent dans la vue Mappages ; une tâche sans mappage ne peut pas être enregistrée. Un mappage marqué &lt;i&gt;(introuvable)&lt;/i&gt; n&apos;est plus dans l&apos;espace de travail : les exécutions de la tâche échouent jusqu&apos;à ce que vous en choisissiez un autre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Which way rows flow: source to target, target to source, or both ways.</source>
        <translation>Dans quel sens les lignes circulent : de la source vers la cible, de la cible vers la source ou dans les deux sens.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Direction&lt;/b&gt;: &lt;i&gt;Push&lt;/i&gt; writes the source&apos;s changes to the target. &lt;i&gt;Pull&lt;/i&gt; runs the mapping backwards and writes the target&apos;s changes to the source; it needs a mapping whose fields are all source fields, plain or converted, and does not apply the row filter and validation rules. &lt;i&gt;Two-way&lt;/i&gt; compares both sides with what was last synced, sends each side&apos;s changes to the other and settles rows changed on both by the conflict policy; two-way jobs detect changes by row hash or change-log triggers and always propagate deletes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Direction&lt;/b&gt; : &lt;i&gt;Push&lt;/i&gt; écrit les changements de la source dans la cible. &lt;i&gt;Pull&lt;/i&gt; exécute le mappage à l&apos;envers et écrit les changements de la cible dans la source ; il faut pour cela que tous les champs du mappage soient des champs source, tels quels ou convertis, et le filtre de lignes et les règles de validation ne s&apos;appliquent pas. &lt;i&gt;Bidirectionnel&lt;/i&gt; compare les deux côtés avec la dernière synchronisation, reporte les changements de chaque côté sur l&apos;autre et règle les lignes modifiées des deux côtés selon la politique de conflit ; les tâches bidirectionnelles détectent les changements par empreinte de ligne ou par déclencheurs de journal des changements et propagent toujours les suppressions.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What a run compares the source with: what was last synced (quick) or the target itself.</source>
        <translation>Avec quoi une exécution compare la source : la dernière synchronisation (rapide) ou la cible elle-même.</translation>
    </message>
    <message>
        <source>How a run finds the source rows that changed.</source>
        <translation>Comment une exécution trouve les lignes source qui ont changé.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Change detection&lt;/b&gt;: &lt;i&gt;Row hash&lt;/i&gt; reads every source row and compares its hash with the last sync; it sees every change and delete. &lt;i&gt;Timestamp column&lt;/i&gt; and &lt;i&gt;Version column&lt;/i&gt; read only the rows whose change column is at or past the last run&apos;s high-water mark: fast on big tables, but blind to deleted rows. &lt;i&gt;Change-log triggers&lt;/i&gt; reads only the keys the capture triggers logged since the last run, deletes included; enable them first with &lt;tt&gt;synclinectl capture enable ENDPOINT ENTITY&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Détection des changements&lt;/b&gt; : &lt;i&gt;Empreinte de ligne&lt;/i&gt; lit chaque ligne source et compare son empreinte avec la dernière synchronisation ; elle voit chaque changement et chaque suppression. &lt;i&gt;Colonne d&apos;horodatage&lt;/i&gt; et &lt;i&gt;Colonne de version&lt;/i&gt; ne lisent que les lignes dont la colonne de changement atteint ou dépasse le repère de la dernière exécution : rapide sur les grandes tables, mais aveugle aux lignes supprimées. &lt;i&gt;Déclencheurs de journal des changements&lt;/i&gt; ne lit que les clés journalisées par les déclencheurs de capture depuis la dernière exécution, suppressions comprises ; activez-les d&apos;abord avec &lt;tt&gt;synclinectl capture enable ENDPOINT ENTITY&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The source column that tells when a row changed, e.g. updated_at or row_version.</source>
        <translation>La colonne source qui indique quand une ligne a changé, par ex. updated_at ou row_version.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Change column&lt;/b&gt;: for timestamp and version detection, the source column a run compares with the last run&apos;s high-water mark: a timestamp set on every update (&lt;tt&gt;updated_at&lt;/tt&gt;) or a number that grows with every change (&lt;tt&gt;row_version&lt;/tt&gt;). Pick one of the mapping&apos;s source columns or type its name. With these detections the job cannot be saved without it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Colonne de changement&lt;/b&gt; : pour la détection par horodatage ou par version, la colonne source qu&apos;une exécution compare avec le repère de la dernière exécution : un horodatage mis à jour à chaque modification (&lt;tt&gt;updated_at&lt;/tt&gt;) ou un nombre qui croît à chaque changement (&lt;tt&gt;row_version&lt;/tt&gt;). Choisissez l&apos;une des colonnes source du mappage ou saisissez son nom. Avec ces détections, la tâche ne peut pas être enregistrée sans elle.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Who wins when a two-way job finds a row changed differently on both sides.</source>
        <translation>Qui l&apos;emporte quand une tâche bidirectionnelle trouve une ligne modifiée différemment des deux côtés.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Conflict policy&lt;/b&gt; (two-way jobs only): fields changed on one side merge by themselves. For fields changed on both sides to different values, &lt;i&gt;Source wins&lt;/i&gt; and &lt;i&gt;Target wins&lt;/i&gt; take that side&apos;s values, &lt;i&gt;Newest wins&lt;/i&gt; and &lt;i&gt;First wins&lt;/i&gt; compare a time field, &lt;i&gt;Manual&lt;/i&gt; parks the row in the conflict queue for the Conflicts view while the run goes on, and &lt;i&gt;Rule&lt;/i&gt; lets a JavaScript function decide. A policy set on the mapping itself overrides the job&apos;s.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Politique de conflit&lt;/b&gt; (tâches bidirectionnelles uniquement) : les champs modifiés d&apos;un seul côté fusionnent d&apos;eux-mêmes. Pour les champs modifiés des deux côtés avec des valeurs différentes, &lt;i&gt;La source l&apos;emporte&lt;/i&gt; et &lt;i&gt;La cible l&apos;emporte&lt;/i&gt; prennent les valeurs de ce côté, &lt;i&gt;La plus récente l&apos;emporte&lt;/i&gt; et &lt;i&gt;La première l&apos;emporte&lt;/i&gt; comparent un champ de temps, &lt;i&gt;Manuel&lt;/i&gt; place la ligne dans la file des conflits de la vue Conflits pendant que l&apos;exécution continue, et avec &lt;i&gt;Règle&lt;/i&gt; une fonction JavaScript décide. Une politique définie sur le mappage lui-même prime sur celle de la tâche.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The time field whose later (Newest wins) or earlier (First wins) value decides a conflict.</source>
        <translation>Le champ de temps dont la valeur la plus tardive (La plus récente l&apos;emporte) ou la plus précoce (La première l&apos;emporte) tranche un conflit.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Compared field&lt;/b&gt;: a field of the mapping, named as in the target, that holds when the row changed, e.g. &lt;tt&gt;updated_at&lt;/tt&gt;. &lt;i&gt;Newest wins&lt;/i&gt; keeps the side with the later value, &lt;i&gt;First wins&lt;/i&gt; the side with the earlier one; a side that deleted the row loses to the side that still has it. A name that is not a field of the mapping fails the run before it starts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Champ comparé&lt;/b&gt; : un champ du mappage, nommé comme dans la cible, qui indique quand la ligne a changé, par ex. &lt;tt&gt;updated_at&lt;/tt&gt;. &lt;i&gt;La plus récente l&apos;emporte&lt;/i&gt; garde le côté dont la valeur est la plus tardive, &lt;i&gt;La première l&apos;emporte&lt;/i&gt; celui dont elle est la plus précoce ; un côté qui a supprimé la ligne perd face au côté qui l&apos;a encore. Un nom qui n&apos;est pas un champ du mappage fait échouer l&apos;exécution avant son démarrage.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Which side wins when the compared times are equal or cannot be compared.</source>
        <translation>Quel côté l&apos;emporte quand les temps comparés sont égaux ou ne peuvent pas être comparés.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;On a tie&lt;/b&gt;: when the compared field holds the same time on both sides, or values that cannot be compared (for example, empty on both), this side&apos;s values win the conflict.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;En cas d&apos;égalité&lt;/b&gt; : quand le champ comparé contient le même temps des deux côtés, ou des valeurs qui ne peuvent pas être comparées (par exemple vides des deux côtés), les valeurs de ce côté remportent le conflit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A JavaScript function that settles each conflict: it returns &quot;source&quot;, &quot;target&quot;, &quot;manual&quot; or a row.</source>
        <translation>Une fonction JavaScript qui règle chaque conflit : elle renvoie « source », « target », « manual » ou une ligne.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Rule&lt;/b&gt;: a JavaScript function called once per conflict with the base, source and target rows (objects by field name; null for a side without the row) and &lt;tt&gt;conflict&lt;/tt&gt; = {kind, key, fields}. It returns &lt;tt&gt;&quot;source&quot;&lt;/tt&gt;, &lt;tt&gt;&quot;target&quot;&lt;/tt&gt;, &lt;tt&gt;&quot;manual&quot;&lt;/tt&gt; (the conflict queue) or an object of field values to write to both sides, e.g. &lt;tt&gt;(b, s, t) =&amp;gt; s.updated_at &amp;gt; t.updated_at ? &quot;source&quot; : &quot;target&quot;&lt;/tt&gt;. A rule that throws or returns anything else parks the row as manual with the reason; text that is not a function fails the run before it starts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Règle&lt;/b&gt; : une fonction JavaScript appelée une fois par conflit avec les lignes de base, source et cible (des objets par nom de champ ; null pour un côté sans la ligne) et &lt;tt&gt;conflict&lt;/tt&gt; = {kind, key, fields}. Elle renvoie &lt;tt&gt;&quot;source&quot;&lt;/tt&gt;, &lt;tt&gt;&quot;target&quot;&lt;/tt&gt;, &lt;tt&gt;&quot;manual&quot;&lt;/tt&gt; (la file des conflits) ou un objet de valeurs de champs à écrire des deux côtés, par ex. &lt;tt&gt;(b, s, t) =&amp;gt; s.updated_at &amp;gt; t.updated_at ? &quot;source&quot; : &quot;target&quot;&lt;/tt&gt;. Une règle qui lève une exception ou renvoie autre chose place la ligne en manuel avec la raison ; un texte qui n&apos;est pas une fonction fait échouer l&apos;exécution avant son démarrage.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens in the target when a row is deleted in the source.</source>
        <translation>Ce qui se passe dans la cible quand une ligne est supprimée dans la source.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Deletes&lt;/b&gt;: &lt;i&gt;Propagate&lt;/i&gt; deletes the target row too. &lt;i&gt;Ignore&lt;/i&gt; keeps it. &lt;i&gt;Soft delete&lt;/i&gt; keeps it and sets its flag column to true (1 in an integer column); every row the run writes gets the flag false, so a row that comes back to the source comes back to life. Two-way jobs always propagate, and timestamp or version detection sees no deletes at all.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Suppressions&lt;/b&gt; : &lt;i&gt;Propager&lt;/i&gt; supprime aussi la ligne cible. &lt;i&gt;Ignorer&lt;/i&gt; la garde. &lt;i&gt;Suppression logique&lt;/i&gt; la garde et met sa colonne indicateur à vrai (1 dans une colonne entière) ; chaque ligne que l&apos;exécution écrit reçoit l&apos;indicateur à faux, si bien qu&apos;une ligne qui revient dans la source revient aussi à la vie dans la cible. Les tâches bidirectionnelles propagent toujours les suppressions, et la détection par horodatage ou par version ne voit aucune suppression.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The target column set to true on rows deleted in the source, e.g. is_deleted.</source>
        <translation>La colonne cible mise à vrai sur les lignes supprimées dans la source, par ex. is_deleted.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Flag column&lt;/b&gt;: for soft deletes, a boolean or integer column of the target table, e.g. &lt;tt&gt;is_deleted&lt;/tt&gt;. The job owns it, so it must not be one of the mapping&apos;s fields; a column the target table does not have fails the run before it starts. With soft deletes the job cannot be saved without it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Colonne indicateur&lt;/b&gt; : pour la suppression logique, une colonne booléenne ou entière de la table cible, par ex. &lt;tt&gt;is_deleted&lt;/tt&gt;. Elle appartient à la tâche et ne doit donc pas être un champ du mappage ; une colonne que la table cible n&apos;a pas fait échouer l&apos;exécution avant son démarrage. Avec la suppression logique, la tâche ne peut pas être enregistrée sans elle.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How many rows each target transaction writes (1 to 1,000,000).</source>
        <translation>Combien de lignes chaque transaction écrit dans la cible (de 1 à 1 000 000).</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Batch size&lt;/b&gt;: a run applies its changes in batches of this many rows, one transaction per batch, and records them as synced once the target has committed, so a run stopped at any point converges when run again. Larger batches are faster on big tables but hold locks longer and use more memory; a cancelled run finishes the batch in flight first. The default is 5,000.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Taille des lots&lt;/b&gt; : une exécution applique ses changements par lots de ce nombre de lignes, une transaction par lot, et ne les note comme synchronisés qu&apos;une fois validés par la cible ; une exécution interrompue à n&apos;importe quel moment converge donc quand on la relance. De grands lots sont plus rapides sur les grandes tables mais gardent les verrous plus longtemps et utilisent plus de mémoire ; une exécution annulée termine d&apos;abord le lot en cours. La valeur par défaut est 5 000.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Mode&lt;/b&gt;: &lt;i&gt;Incremental&lt;/i&gt; compares the source with the journal, what the job last synced; a one-way job then does not read the target, so runs are quick, but a change made directly in the target goes unnoticed until the source row changes. &lt;i&gt;Full&lt;/i&gt; reads the target too and compares the source with it, which also repairs target rows that drifted or went missing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Mode&lt;/b&gt; : &lt;i&gt;Incrémental&lt;/i&gt; compare la source avec le journal, ce que la tâche a synchronisé en dernier ; une tâche unidirectionnelle ne lit alors pas la cible : les exécutions sont rapides, mais un changement fait directement dans la cible passe inaperçu tant que la ligne source ne change pas. &lt;i&gt;Complet&lt;/i&gt; lit aussi la cible et compare la source avec elle, ce qui répare aussi les lignes de la cible qui ont divergé ou disparu.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>JobsView</name>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Cloner</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>&amp;Run now</source>
        <translation>&amp;Exécuter maintenant</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;Annuler l&apos;exécution</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>Modifications prévues</translation>
    </message>
    <message>
        <source>&amp;Pause schedule</source>
        <translation>Suspendre la &amp;planification</translation>
    </message>
    <message>
        <source>Stop (or, when pressed, resume) firing the selected job on its schedule</source>
        <translation>Suspendre (ou, si le bouton est enfoncé, reprendre) le déclenchement planifié de la tâche sélectionnée</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Pause schedule&lt;/b&gt;: while pressed, no scheduler on this workspace (this console, other consoles, &lt;tt&gt;synclinectl daemon&lt;/tt&gt;) fires the selected job; a run under way finishes, and Run now still works. Press again to resume: the job fires at its next due time. The same as &lt;tt&gt;synclinectl schedule pause|resume JOB&lt;/tt&gt;; both are recorded in the audit log.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Suspendre la planification&lt;/b&gt; : tant que le bouton est enfoncé, aucun planificateur de cet espace de travail (cette console, d&apos;autres consoles, &lt;tt&gt;synclinectl daemon&lt;/tt&gt;) ne déclenche la tâche sélectionnée ; une exécution en cours va à son terme, et Exécuter maintenant fonctionne toujours. Appuyez de nouveau pour reprendre : la tâche se déclenche à sa prochaine échéance. Équivalent à &lt;tt&gt;synclinectl schedule pause|resume TÂCHE&lt;/tt&gt; ; les deux sont consignés dans le journal d&apos;audit.&lt;/p&gt;</translation>
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
        <translation>Vues</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Tâche</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Endpoints</source>
        <translation>&amp;Points de terminaison</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Mappings</source>
        <translation>&amp;Mappages</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>T&amp;âches</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation>E&amp;xécutions</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflits</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>A&amp;udit</translation>
    </message>
    <message>
        <source>Ctrl+7</source>
        <translation>Ctrl+7</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Add an item to the current view (Ctrl+N)</source>
        <translation>Ajouter un élément à la vue courante (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected item (Del)</source>
        <translation>Supprimer l&apos;élément sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Run now</source>
        <translation>&amp;Exécuter maintenant</translation>
    </message>
    <message>
        <source>Run the selected job now (F5)</source>
        <translation>Exécuter maintenant la tâche sélectionnée (F5)</translation>
    </message>
    <message>
        <source>D&amp;ry run</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <source>Plan the selected job&apos;s changes and show them without writing them (Shift+F5)</source>
        <translation>Planifier les modifications de la tâche sélectionnée et les afficher sans les écrire (Maj+F5)</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;Annuler l&apos;exécution</translation>
    </message>
    <message>
        <source>Cancel the selected job&apos;s run after the batch in flight (Esc)</source>
        <translation>Annuler l&apos;exécution de la tâche sélectionnée après le lot en cours (Échap)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actua&amp;liser</translation>
    </message>
    <message>
        <source>Reload everything from the workspace (Ctrl+R)</source>
        <translation>Tout recharger depuis l&apos;espace de travail (Ctrl+R)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;About Syncline</source>
        <translation>À &amp;propos de Syncline</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Default workspace, language, notifications, scheduler and confirmations (Ctrl+,)</source>
        <translation>Espace de travail par défaut, langue, notifications, planificateur et confirmations (Ctrl+,)</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Premiers pas</translation>
    </message>
    <message>
        <source>A walk through the first sync: two endpoints, a mapping, a dry run and a run</source>
        <translation>Une visite guidée de la première synchronisation : deux points de terminaison, un mappage, une simulation et une exécution</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>The views, what they hold and their keyboard shortcuts (F1)</source>
        <translation>Les vues, leur contenu et leurs raccourcis clavier (F1)</translation>
    </message>
    <message>
        <source>&amp;What&apos;s This?</source>
        <translation>&amp;Qu&apos;est-ce que c&apos;est ?</translation>
    </message>
    <message>
        <source>Click a field or button to see what it is for (Shift+F1)</source>
        <translation>Cliquez sur un champ ou un bouton pour savoir à quoi il sert (Maj+F1)</translation>
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
        <translation>Source</translation>
    </message>
    <message>
        <source>&lt;small&gt;Drag a source field onto a target field to map it.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Faites glisser un champ source sur un champ cible pour le mapper.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>&lt;small&gt;* required (NOT NULL without a default) · Key: the fields that identify a row&lt;/small&gt;</source>
        <translation>&lt;small&gt;* obligatoire (NOT NULL sans valeur par défaut) · Clé : les champs qui identifient une ligne&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformation</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Row &amp;filter</source>
        <translation>&amp;Filtre de lignes</translation>
    </message>
    <message>
        <source>Only source rows for which this JavaScript expression is true are synced; empty syncs every row. &lt;tt&gt;row&lt;/tt&gt; is the source row, e.g. &lt;tt&gt;row.status != &apos;closed&apos; &amp;amp;&amp;amp; row.country == &apos;DE&apos;&lt;/tt&gt;.</source>
        <translation>Seules les lignes source pour lesquelles cette expression JavaScript est vraie sont synchronisées ; vide, toutes les lignes le sont. &lt;tt&gt;row&lt;/tt&gt; est la ligne source, par ex. &lt;tt&gt;row.status != &apos;closed&apos; &amp;amp;&amp;amp; row.country == &apos;DE&apos;&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>&amp;Validation rules</source>
        <translation>&amp;Règles de validation</translation>
    </message>
    <message>
        <source>JavaScript over row: only source rows for which it is true are synced</source>
        <translation>Du JavaScript sur row : seules les lignes source pour lesquelles il est vrai sont synchronisées</translation>
    </message>
    <message>
        <source>A JavaScript condition over row, the source row by column name, e.g. row.status != &apos;closed&apos; &amp;&amp; row.country == &apos;DE&apos;. Rows for which it is false are out of scope: they are neither inserted nor updated, and their target rows are left alone, not deleted. Empty syncs every row. A filter that does not compile fails the run before it starts, one that throws for a row quarantines that row; pull jobs do not apply it.</source>
        <translation>Une condition JavaScript sur row, la ligne source par nom de colonne, par ex. row.status != &apos;closed&apos; &amp;&amp; row.country == &apos;DE&apos;. Les lignes pour lesquelles elle est fausse sont hors périmètre : elles ne sont ni insérées ni mises à jour, et leurs lignes cibles restent intactes, non supprimées. Vide, toutes les lignes sont synchronisées. Un filtre qui ne compile pas fait échouer l&apos;exécution avant son démarrage, un filtre qui lève une exception pour une ligne met cette ligne en quarantaine ; les tâches pull ne l&apos;appliquent pas.</translation>
    </message>
</context>
<context>
    <name>MappingsView</name>
    <message>
        <source>&amp;Mapping:</source>
        <translation>&amp;Mappage :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>The mapping the designer below edits</source>
        <translation>Le mappage que modifie le concepteur ci-dessous</translation>
    </message>
    <message>
        <source>Every mapping of the workspace. Choosing one opens it in the mapping designer (after asking about unsaved edits to the one open now).</source>
        <translation>Chaque mappage de l&apos;espace de travail. En choisir un l&apos;ouvre dans le concepteur de mappage (après confirmation pour les modifications non enregistrées de celui ouvert actuellement).</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Create a mapping between two tables of the workspace&apos;s endpoints (Ctrl+N)</source>
        <translation>Créer un mappage entre deux tables des points de terminaison de l&apos;espace de travail (Ctrl+N)</translation>
    </message>
    <message>
        <source>Opens the New Mapping dialog: name the mapping and choose its source and target tables. The mapping then opens here auto-mapped by name and type, with its key taken from the source table&apos;s primary key; Save adds it to the workspace.</source>
        <translation>Ouvre la boîte de dialogue « Nouveau mappage » : nommez le mappage et choisissez ses tables source et cible. Le mappage s&apos;ouvre ensuite ici, mappé automatiquement par nom et par type, avec pour clé la clé primaire de la table source ; Enregistrer l&apos;ajoute à l&apos;espace de travail.</translation>
    </message>
</context>
<context>
    <name>NewMappingDialog</name>
    <message>
        <source>New Mapping</source>
        <translation>Nouveau mappage</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>The mapping&apos;s name: unique in the workspace; jobs refer to the mapping by it</source>
        <translation>Le nom du mappage : unique dans l&apos;espace de travail ; les tâches désignent le mappage par ce nom</translation>
    </message>
    <message>
        <source>The name of the new mapping. It must not be empty and no other mapping of the workspace may have it. Jobs name the mapping they run, and &lt;code&gt;synclinectl export&lt;/code&gt; writes it under this name.</source>
        <translation>Le nom du nouveau mappage. Il ne doit pas être vide et aucun autre mappage de l&apos;espace de travail ne doit le porter. Les tâches nomment le mappage qu&apos;elles exécutent, et &lt;code&gt;synclinectl export&lt;/code&gt; l&apos;écrit sous ce nom.</translation>
    </message>
    <message>
        <source>customers_to_edge</source>
        <translation>customers_to_edge</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Point de terminaison :</translation>
    </message>
    <message>
        <source>The endpoint the mapping reads rows from</source>
        <translation>Le point de terminaison dont le mappage lit les lignes</translation>
    </message>
    <message>
        <source>The workspace endpoint whose table the mapping reads. Its tables are listed below once they are read (on a background thread, with a connection of its own).</source>
        <translation>Le point de terminaison de l&apos;espace de travail dont le mappage lit la table. Ses tables sont listées dessous une fois lues (sur un fil d&apos;arrière-plan, avec sa propre connexion).</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Table :</translation>
    </message>
    <message>
        <source>The source table (entity); its primary key becomes the mapping&apos;s key</source>
        <translation>La table source (entité) ; sa clé primaire devient la clé du mappage</translation>
    </message>
    <message>
        <source>The table whose rows the mapping reads. The new mapping&apos;s key is the target fields its primary key maps to, and target fields are mapped by name and type from its columns (one undoable step in the designer).</source>
        <translation>La table dont le mappage lit les lignes. La clé du nouveau mappage est formée des champs cibles sur lesquels sa clé primaire est mappée, et les champs cibles sont mappés par nom et type depuis ses colonnes (une étape annulable dans le concepteur).</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>E&amp;ndpoint:</source>
        <translation>Poi&amp;nt de terminaison :</translation>
    </message>
    <message>
        <source>The endpoint the mapping writes rows to</source>
        <translation>Le point de terminaison dans lequel le mappage écrit les lignes</translation>
    </message>
    <message>
        <source>The workspace endpoint whose table the mapping writes. Its tables are listed below once they are read (on a background thread, with a connection of its own).</source>
        <translation>Le point de terminaison de l&apos;espace de travail dont le mappage écrit la table. Ses tables sont listées dessous une fois lues (sur un fil d&apos;arrière-plan, avec sa propre connexion).</translation>
    </message>
    <message>
        <source>T&amp;able:</source>
        <translation>T&amp;able :</translation>
    </message>
    <message>
        <source>The target table (entity) the mapped rows are written to</source>
        <translation>La table cible (entité) où les lignes mappées sont écrites</translation>
    </message>
    <message>
        <source>The table the mapping writes. Its columns are the target fields of the mapping designer; fields left unmapped keep the database&apos;s default.</source>
        <translation>La table que le mappage écrit. Ses colonnes sont les champs cibles du concepteur de mappages ; les champs non mappés gardent la valeur par défaut de la base.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Default &amp;workspace:</source>
        <translation>Espace de travail par &amp;défaut :</translation>
    </message>
    <message>
        <source>The workspace the console opens when started without --workspace</source>
        <translation>L&apos;espace de travail que la console ouvre quand elle démarre sans --workspace</translation>
    </message>
    <message>
        <source>&lt;p&gt;The workspace file (or a folder holding workspace.db) the console opens at start. Leave it empty to use the workspace in your data folder. The --workspace option and the SYNCLINE_WORKSPACE environment variable take precedence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le fichier d&apos;espace de travail (ou un dossier contenant workspace.db) que la console ouvre au démarrage. Laissez-le vide pour utiliser l&apos;espace de travail de votre dossier de données. L&apos;option --workspace et la variable d&apos;environnement SYNCLINE_WORKSPACE sont prioritaires.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the workspace file</source>
        <translation>Choisir le fichier d&apos;espace de travail</translation>
    </message>
    <message>
        <source>Opens a file dialog to pick the default workspace file.</source>
        <translation>Ouvre une boîte de dialogue pour choisir le fichier d&apos;espace de travail par défaut.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>The language of the console; takes effect when Syncline restarts</source>
        <translation>La langue de la console ; prend effet au redémarrage de Syncline</translation>
    </message>
    <message>
        <source>&lt;p&gt;The language of menus, views and messages. &lt;b&gt;System&lt;/b&gt; follows your desktop&apos;s language settings. The change takes effect the next time Syncline starts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La langue des menus, des vues et des messages. &lt;b&gt;Système&lt;/b&gt; suit les réglages de langue de votre bureau. Le changement prend effet au prochain démarrage de Syncline.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The language changes when Syncline is restarted.</source>
        <translation>La langue change au redémarrage de Syncline.</translation>
    </message>
    <message>
        <source>Runs and notifications</source>
        <translation>Exécutions et notifications</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification when a run finishes or fails</source>
        <translation>Afficher une &amp;notification quand une exécution se termine ou échoue</translation>
    </message>
    <message>
        <source>Tray notifications for finished, cancelled and failed runs</source>
        <translation>Notifications de la zone de notification pour les exécutions terminées, annulées ou en échec</translation>
    </message>
    <message>
        <source>&lt;p&gt;When on, the console shows a desktop notification (through the system tray) whenever a run finishes, is cancelled or fails. The status bar reports runs either way.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Activée, la console affiche une notification de bureau (via la zone de notification) chaque fois qu&apos;une exécution se termine, est annulée ou échoue. La barre d&apos;état signale les exécutions dans tous les cas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Run &amp;scheduled jobs while the console is open</source>
        <translation>&amp;Exécuter les tâches planifiées tant que la console est ouverte</translation>
    </message>
    <message>
        <source>Whether the console starts jobs when their schedule is due</source>
        <translation>Si la console lance les tâches à l&apos;échéance de leur planification</translation>
    </message>
    <message>
        <source>&lt;p&gt;When on, the console runs jobs whose schedule is due while it is open. Turn it off when a server runs the schedule (synclinectl daemon) and this console should only be used to look and to run jobs by hand.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Activée, la console exécute les tâches dont la planification arrive à échéance tant qu&apos;elle est ouverte. Désactivez-la quand un serveur exécute la planification (synclinectl daemon) et que cette console ne doit servir qu&apos;à consulter et à lancer des tâches à la main.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ask before &amp;Run now writes to a target</source>
        <translation>Demander avant qu&apos;« Exécuter maintenant » n&apos;écrive dans une &amp;cible</translation>
    </message>
    <message>
        <source>Confirm before a run that writes; dry runs never ask</source>
        <translation>Confirmer avant une exécution qui écrit ; les simulations ne demandent jamais</translation>
    </message>
    <message>
        <source>&lt;p&gt;When on, Run now (F5) asks for confirmation before a job writes to its target. Dry runs (Shift+F5) write nothing and never ask.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Activée, « Exécuter maintenant » (F5) demande une confirmation avant qu&apos;une tâche n&apos;écrive dans sa cible. Les simulations (Maj+F5) n&apos;écrivent rien et ne demandent jamais.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ask before &amp;applying conflict resolutions</source>
        <translation>Demander avant d&apos;&amp;appliquer les résolutions de conflits</translation>
    </message>
    <message>
        <source>Confirm before resolved conflicts are written to the databases</source>
        <translation>Confirmer avant que les conflits résolus ne soient écrits dans les bases de données</translation>
    </message>
    <message>
        <source>&lt;p&gt;When on, the Conflicts view asks for confirmation before it writes the resolutions you chose to the source and target databases.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Activée, la vue Conflits demande une confirmation avant d&apos;écrire les résolutions choisies dans les bases source et cible.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>RunsView</name>
    <message>
        <source>&amp;Job:</source>
        <translation>&amp;Tâche :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>S&amp;tarted:</source>
        <translation>&amp;Démarrée :</translation>
    </message>
    <message>
        <source>R&amp;e-run</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Quarantined rows</source>
        <translation>Lignes en quarantaine</translation>
    </message>
    <message>
        <source>Show the runs of one job, or of all jobs</source>
        <translation>Afficher les exécutions d&apos;une tâche ou de toutes les tâches</translation>
    </message>
    <message>
        <source>Narrows the run history to one job. The list holds the workspace&apos;s jobs and any job that has runs in the history, even one deleted since. All jobs shows every run.</source>
        <translation>Restreint l&apos;historique des exécutions à une tâche. La liste contient les tâches de l&apos;espace de travail et toute tâche qui a des exécutions dans l&apos;historique, même supprimée depuis. Toutes les tâches affiche chaque exécution.</translation>
    </message>
    <message>
        <source>Show only runs with this outcome, or only dry runs</source>
        <translation>N&apos;afficher que les exécutions ayant ce résultat, ou que les simulations</translation>
    </message>
    <message>
        <source>Narrows the history to runs that succeeded, failed, were cancelled or are still running. Dry runs shows only dry runs, whatever their outcome. The filter applies to the whole history in the workspace, not only to the rows loaded so far.</source>
        <translation>Restreint l&apos;historique aux exécutions réussies, en échec, annulées ou encore en cours. Simulations n&apos;affiche que les simulations, quel que soit leur résultat. Le filtre s&apos;applique à tout l&apos;historique de l&apos;espace de travail, pas seulement aux lignes déjà chargées.</translation>
    </message>
    <message>
        <source>Show only runs started within this period</source>
        <translation>N&apos;afficher que les exécutions démarrées pendant cette période</translation>
    </message>
    <message>
        <source>Narrows the history to runs started in the last hour, 24 hours, 7 days or 30 days, counted back from when the list was last loaded. Any time shows the whole history.</source>
        <translation>Restreint l&apos;historique aux exécutions démarrées dans la dernière heure, les dernières 24 heures, les 7 ou les 30 derniers jours, à compter du dernier chargement de la liste. Toute période affiche tout l&apos;historique.</translation>
    </message>
</context>
<context>
    <name>Syncline::AddRuleCommand</name>
    <message>
        <source>Add a validation rule for %1</source>
        <translation>Ajouter une règle de validation pour %1</translation>
    </message>
</context>
<context>
    <name>Syncline::AlertChannel</name>
    <message>
        <source>[Syncline] FIRING %1%2</source>
        <translation>[Syncline] ACTIVE %1%2</translation>
    </message>
    <message>
        <source>[Syncline] RESOLVED %1%2</source>
        <translation>[Syncline] RÉSOLUE %1%2</translation>
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

Règle : %2
Tâche : %3
État : %4
Gravité : %5
Valeur : %6
Seuil : %7
Date : %8
</translation>
    </message>
</context>
<context>
    <name>Syncline::AlertHistoryModel</name>
    <message>
        <source>fired</source>
        <translation>déclenchée</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>rétablie</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Syncline::AlertMonitor</name>
    <message>
        <source>This is a test message from Syncline through channel &apos;%1&apos;.</source>
        <translation>Ceci est un message de test de Syncline via le canal « %1 ».</translation>
    </message>
</context>
<context>
    <name>Syncline::AlertRuleCheck</name>
    <message>
        <source>job %1: %2 of %3 rows quarantined in the last %4 (%5, threshold %6)</source>
        <translation>tâche %1 : %2 lignes sur %3 mises en quarantaine sur les dernières %4 (%5, seuil %6)</translation>
    </message>
    <message>
        <source>job %1: %2 of %3 runs failed in the last %4 (%5, threshold %6)</source>
        <translation>tâche %1 : %2 exécutions sur %3 en échec sur les dernières %4 (%5, seuil %6)</translation>
    </message>
    <message>
        <source>job %1: p95 latency %2 ms in the last %3 (threshold %4 ms)</source>
        <translation>tâche %1 : latence p95 de %2 ms sur les dernières %3 (seuil %4 ms)</translation>
    </message>
    <message>
        <source>job %1: no latency measured in the last %2</source>
        <translation>tâche %1 : aucune latence mesurée sur les dernières %2</translation>
    </message>
    <message>
        <source>job %1: %2 failed run(s) in a row (threshold %3)</source>
        <translation>tâche %1 : exécutions en échec consécutives : %2 (seuil %3)</translation>
    </message>
    <message>
        <source>job %1: %2 conflict(s) waiting for a decision (threshold %3)</source>
        <translation>tâche %1 : conflits en attente de décision : %2 (seuil %3)</translation>
    </message>
    <message>
        <source>job %1: unknown job</source>
        <translation>tâche %1 : tâche inconnue</translation>
    </message>
    <message>
        <source>job %1: last run started %2 ago (limit %3)</source>
        <translation>tâche %1 : dernière exécution lancée il y a %2 (limite %3)</translation>
    </message>
    <message>
        <source>job %1: never ran; configured %2 ago (limit %3)</source>
        <translation>tâche %1 : jamais exécutée ; configurée il y a %2 (limite %3)</translation>
    </message>
</context>
<context>
    <name>Syncline::AlertStateModel</name>
    <message>
        <source>firing</source>
        <translation>active</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Has not fired since it was configured.</source>
        <translation>Ne s&apos;est pas déclenchée depuis sa configuration.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Dernier message</translation>
    </message>
</context>
<context>
    <name>Syncline::AlertsPanel</name>
    <message>
        <source>Alerts cannot be read: %1</source>
        <translation>Impossible de lire les alertes : %1</translation>
    </message>
    <message>
        <source>No alert rules: add an &quot;alerts&quot; array to the config.</source>
        <translation>Aucune règle d&apos;alerte : ajoutez un tableau « alerts » à la configuration.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n alert rule(s) firing</source>
        <translation>
            <numerusform>%1 règle d&apos;alerte active sur %n</numerusform>
            <numerusform>%1 règles d&apos;alerte actives sur %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Syncline::AuditModel</name>
    <message>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>Syncline::AuditView</name>
    <message>
        <source>Select an entry to see its detail.</source>
        <translation>Sélectionnez une entrée pour voir son détail.</translation>
    </message>
    <message>
        <source>No audit entries yet.</source>
        <translation>Aucune entrée d&apos;audit pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Every change to the workspace&apos;s endpoints, mappings and jobs is recorded here: who made it, when, and the values before and after.</source>
        <translation>Chaque modification des points de terminaison, mappages et tâches de l&apos;espace de travail est enregistrée ici : qui l&apos;a faite, quand, et les valeurs avant et après.</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4</source>
        <extracomment>time, actor, action, object: the heading of an audit entry&apos;s detail</extracomment>
        <translation>%1  %2  %3  %4</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entrée</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 entrées</translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <extracomment>entries shown, entries loaded</extracomment>
        <translation>%1 entrées sur %2</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Conflict resolutions</source>
        <translation>Résolutions de conflits</translation>
    </message>
</context>
<context>
    <name>Syncline::AutoMapCommand</name>
    <message numerus="yes">
        <source>Auto-map %n field(s)</source>
        <translation>
            <numerusform>Mapper automatiquement %n champ</numerusform>
            <numerusform>Mapper automatiquement %n champs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Syncline::ChangeRuleCommand</name>
    <message>
        <source>Change the validation rule for %1</source>
        <translation>Modifier la règle de validation de %1</translation>
    </message>
</context>
<context>
    <name>Syncline::ChangeTransformCommand</name>
    <message>
        <source>Change the transform of %1</source>
        <translation>Modifier la transformation de %1</translation>
    </message>
</context>
<context>
    <name>Syncline::ConflictDetailPanel</name>
    <message>
        <source>No conflict selected.</source>
        <translation>Aucun conflit sélectionné.</translation>
    </message>
    <message>
        <source>Select a pending conflict in the list to compare its source, base and target values field by field and choose what both sides keep.</source>
        <translation>Sélectionnez un conflit en attente dans la liste pour comparer ses valeurs source, de base et cible champ par champ et choisir ce que les deux côtés conservent.</translation>
    </message>
    <message>
        <source>The source changed this field since the last sync.</source>
        <translation>La source a modifié ce champ depuis la dernière synchronisation.</translation>
    </message>
    <message>
        <source>The target changed this field since the last sync.</source>
        <translation>La cible a modifié ce champ depuis la dernière synchronisation.</translation>
    </message>
    <message>
        <source>Both sides changed this field to different values: choose one.</source>
        <translation>Les deux côtés ont donné des valeurs différentes à ce champ : choisissez-en une.</translation>
    </message>
    <message>
        <source>Both sides changed this field to the same value.</source>
        <translation>Les deux côtés ont donné la même valeur à ce champ.</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Édité</translation>
    </message>
    <message>
        <source>A merged value you typed in.</source>
        <translation>Une valeur fusionnée que vous avez saisie.</translation>
    </message>
    <message>
        <source>Show only the fields that differ from the base</source>
        <translation>N&apos;afficher que les champs qui diffèrent de la base</translation>
    </message>
    <message>
        <source>Folds away the fields neither side changed since the last sync, so long rows show only what needs a decision. The merged result still writes every field.</source>
        <translation>Replie les champs qu&apos;aucun côté n&apos;a modifiés depuis la dernière synchronisation, pour que les longues lignes ne montrent que ce qui demande une décision. Le résultat fusionné écrit quand même tous les champs.</translation>
    </message>
    <message>
        <source>One row per field. Click a circle or double-click a value to take it; double-click the merged result to edit it.</source>
        <translation>Une ligne par champ. Cliquez sur un cercle ou double-cliquez sur une valeur pour la prendre ; double-cliquez sur le résultat fusionné pour le modifier.</translation>
    </message>
    <message>
        <source>The conflict field by field: the source&apos;s value, the base (what both sides had after the last sync), the target&apos;s value and the merged result Apply writes to both sides. Colours say which side changed a field; changed words are highlighted against the base. Alt+Left and Alt+Right take the source&apos;s or the target&apos;s value for the current field.</source>
        <translation>Le conflit champ par champ : la valeur de la source, la base (ce que les deux côtés avaient après la dernière synchronisation), la valeur de la cible et le résultat fusionné qu&apos;Appliquer écrit des deux côtés. Les couleurs indiquent quel côté a modifié un champ ; les mots modifiés sont surlignés par rapport à la base. Alt+Gauche et Alt+Droite prennent la valeur de la source ou de la cible pour le champ courant.</translation>
    </message>
    <message>
        <source>The merged value of the current field, as text in the field&apos;s type</source>
        <translation>La valeur fusionnée du champ courant, sous forme de texte dans le type du champ</translation>
    </message>
    <message>
        <source>Type the value both sides should get for the current field, then press Set (or Ctrl+Enter... inside the editor: Set). It is checked against the field&apos;s type (numbers, decimals, timestamps as YYYY-MM-DD HH:MM:SS+00:00, true/false) and refused with the reason when it does not fit.</source>
        <translation>Saisissez la valeur que les deux côtés doivent recevoir pour le champ courant, puis cliquez sur Définir (ou Ctrl+Entrée... dans l&apos;éditeur : Définir). Elle est vérifiée selon le type du champ (nombres, décimaux, horodatages au format YYYY-MM-DD HH:MM:SS+00:00, true/false) et refusée avec la raison si elle ne convient pas.</translation>
    </message>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>Write SQL NULL (no value) instead of the text</source>
        <translation>Écrire SQL NULL (aucune valeur) au lieu du texte</translation>
    </message>
    <message>
        <source>Checked, the merged result is SQL NULL, which is not the same as an empty string. Unchecked with an empty editor, it is an empty string.</source>
        <translation>Cochée, le résultat fusionné est SQL NULL, ce qui n&apos;est pas la même chose qu&apos;une chaîne vide. Décochée avec un éditeur vide, c&apos;est une chaîne vide.</translation>
    </message>
    <message>
        <source>Set merged value</source>
        <translation>Définir la valeur fusionnée</translation>
    </message>
    <message>
        <source>Check the value against the field&apos;s type and put it in the merged result (undoable)</source>
        <translation>Vérifier la valeur selon le type du champ et la placer dans le résultat fusionné (annulable)</translation>
    </message>
    <message>
        <source>Puts the editor&apos;s value into the Merged result column for the current field, after checking it against the field&apos;s type. An invalid value is refused and the reason shown below the editor.</source>
        <translation>Place la valeur de l&apos;éditeur dans la colonne « Résultat fusionné » pour le champ courant, après l&apos;avoir vérifiée selon le type du champ. Une valeur invalide est refusée et la raison affichée sous l&apos;éditeur.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Show the previous conflict</source>
        <translation>Afficher le conflit précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Show the next conflict</source>
        <translation>Afficher le conflit suivant</translation>
    </message>
    <message>
        <source>◀ Take source value</source>
        <translation>◀ Prendre la valeur source</translation>
    </message>
    <message>
        <source>Take the source&apos;s value for the current field</source>
        <translation>Prendre la valeur de la source pour le champ courant</translation>
    </message>
    <message>
        <source>Take target value ▶</source>
        <translation>Prendre la valeur cible ▶</translation>
    </message>
    <message>
        <source>Take the target&apos;s value for the current field</source>
        <translation>Prendre la valeur de la cible pour le champ courant</translation>
    </message>
    <message>
        <source>Take source row</source>
        <translation>Prendre la ligne source</translation>
    </message>
    <message>
        <source>Make the merged result the source&apos;s whole row (its deletion, if it deleted it)</source>
        <translation>Faire du résultat fusionné la ligne entière de la source (sa suppression, si elle l&apos;a supprimée)</translation>
    </message>
    <message>
        <source>Take target row</source>
        <translation>Prendre la ligne cible</translation>
    </message>
    <message>
        <source>Make the merged result the target&apos;s whole row (its deletion, if it deleted it)</source>
        <translation>Faire du résultat fusionné la ligne entière de la cible (sa suppression, si elle l&apos;a supprimée)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Write the merged result to both sides and mark the conflict resolved</source>
        <translation>Écrire le résultat fusionné des deux côtés et marquer le conflit comme résolu</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Undo: %1 (%2)</source>
        <translation>Annuler : %1 (%2)</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>rien à annuler</translation>
    </message>
    <message>
        <source>Redo: %1 (%2)</source>
        <translation>Rétablir : %1 (%2)</translation>
    </message>
    <message>
        <source>nothing to redo</source>
        <translation>rien à rétablir</translation>
    </message>
    <message>
        <source>Apply  %1</source>
        <translation>Appliquer  %1</translation>
    </message>
    <message>
        <source>Previous  %1</source>
        <translation>Précédent  %1</translation>
    </message>
    <message>
        <source>Next  %1</source>
        <translation>Suivant  %1</translation>
    </message>
    <message>
        <source>◀ Take source  %1</source>
        <translation>◀ Prendre la source  %1</translation>
    </message>
    <message>
        <source>Take target ▶  %1</source>
        <translation>Prendre la cible ▶  %1</translation>
    </message>
    <message>
        <source>Take source row  %1</source>
        <translation>Prendre la ligne source  %1</translation>
    </message>
    <message>
        <source>Take target row  %1</source>
        <translation>Prendre la ligne cible  %1</translation>
    </message>
    <message>
        <source>Undo  %1</source>
        <translation>Annuler  %1</translation>
    </message>
    <message>
        <source>Redo  %1</source>
        <translation>Rétablir  %1</translation>
    </message>
    <message>
        <source>Conflict %1</source>
        <translation>Conflit %1</translation>
    </message>
    <message>
        <source>Reading the mapping of job %1…</source>
        <translation>Lecture du mappage de la tâche %1…</translation>
    </message>
    <message>
        <source>Could not read the mapping of job %1: %2. Values are shown untyped; edited values are checked when applied.</source>
        <translation>Impossible de lire le mappage de la tâche %1 : %2. Les valeurs sont affichées sans type ; les valeurs modifiées sont vérifiées à l&apos;application.</translation>
    </message>
    <message>
        <source>Conflict %1 · %2</source>
        <translation>Conflit %1 · %2</translation>
    </message>
    <message>
        <source>Job %1 · %2 · detected %3 · last seen %4</source>
        <translation>Tâche %1 · %2 · détecté le %3 · vu pour la dernière fois le %4</translation>
    </message>
    <message>
        <source>Resolved by %1 on %2 (took %3). Shown read-only.</source>
        <translation>Résolu par %1 le %2 (choix : %3). Affiché en lecture seule.</translation>
    </message>
    <message>
        <source>The source deleted this row; the target changed it. Take the target&apos;s values to keep the row on both sides, or take the source to delete it on both sides.</source>
        <translation>La source a supprimé cette ligne ; la cible l&apos;a modifiée. Prenez les valeurs de la cible pour garder la ligne des deux côtés, ou prenez la source pour la supprimer des deux côtés.</translation>
    </message>
    <message>
        <source>The target deleted this row; the source changed it. Take the source&apos;s values to keep the row on both sides, or take the target to delete it on both sides.</source>
        <translation>La cible a supprimé cette ligne ; la source l&apos;a modifiée. Prenez les valeurs de la source pour garder la ligne des deux côtés, ou prenez la cible pour la supprimer des deux côtés.</translation>
    </message>
    <message>
        <source>Both sides inserted this key since the last sync, so there is no base to compare with: choose each differing field.</source>
        <translation>Les deux côtés ont inséré cette clé depuis la dernière synchronisation, il n&apos;y a donc pas de base de comparaison : choisissez chaque champ qui diffère.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Applying to both sides…</source>
        <translation>Application des deux côtés…</translation>
    </message>
    <message>
        <source>This conflict is resolved.</source>
        <translation>Ce conflit est résolu.</translation>
    </message>
    <message>
        <source>Apply deletes this row on both sides.</source>
        <translation>Appliquer supprime cette ligne des deux côtés.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) still to decide: %1.</source>
        <translation>
            <numerusform>%n champ encore à trancher : %1.</numerusform>
            <numerusform>%n champs encore à trancher : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ; the merged result is complete and Apply writes it to both sides.</source>
        <translation>
            <numerusform>%n champ diffère ; le résultat fusionné est complet et Appliquer l&apos;écrit des deux côtés.</numerusform>
            <numerusform>%n champs diffèrent ; le résultat fusionné est complet et Appliquer l&apos;écrit des deux côtés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged value: select a field</source>
        <translation>Valeur fusionnée : sélectionnez un champ</translation>
    </message>
    <message>
        <source>Merged value of &lt;b&gt;%1&lt;/b&gt; &lt;span style=&quot;color:gray&quot;&gt;(%2)&lt;/span&gt;%3</source>
        <translation>Valeur fusionnée de &lt;b&gt;%1&lt;/b&gt; &lt;span style=&quot;color:gray&quot;&gt;(%2)&lt;/span&gt;%3</translation>
    </message>
    <message>
        <source> · taken from the source, not editable</source>
        <translation> · repris de la source, non modifiable</translation>
    </message>
    <message>
        <source>There is no field %1.</source>
        <translation>Il n&apos;y a pas de champ %1.</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be set.</source>
        <translation>%1 est %2 et ne peut pas être défini.</translation>
    </message>
    <message>
        <source>part of the key</source>
        <translation>un élément de la clé</translation>
    </message>
    <message>
        <source>computed from the source</source>
        <translation>calculé à partir de la source</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: the text NULL cannot be written as text here (it means SQL NULL); check the NULL box for SQL NULL.</source>
        <translation>%1 : le texte NULL ne peut pas être écrit comme texte ici (il signifie SQL NULL) ; cochez la case NULL pour SQL NULL.</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>modifier %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <source>take the %1&apos;s deletion</source>
        <translation>prendre la suppression côté %1</translation>
    </message>
    <message>
        <source>take %1 for %2</source>
        <translation>prendre %1 pour %2</translation>
    </message>
    <message>
        <source>take the source row</source>
        <translation>prendre la ligne source</translation>
    </message>
    <message>
        <source>take the target row</source>
        <translation>prendre la ligne cible</translation>
    </message>
    <message>
        <source>Choose a value for every field marked “Choose a value” before applying.</source>
        <translation>Choisissez une valeur pour chaque champ marqué « Choisir une valeur » avant d&apos;appliquer.</translation>
    </message>
    <message>
        <source>Not applied; the conflict stays pending. %1</source>
        <translation>Non appliqué ; le conflit reste en attente. %1</translation>
    </message>
    <message>
        <source>Applied: both sides now hold the merged result and the conflict is resolved.</source>
        <translation>Appliqué : les deux côtés contiennent désormais le résultat fusionné et le conflit est résolu.</translation>
    </message>
    <message>
        <source>Whole row:</source>
        <translation>Ligne entière :</translation>
    </message>
    <message>
        <source>Current field:</source>
        <translation>Champ courant :</translation>
    </message>
    <message>
        <source>Source changed</source>
        <translation>Modifié à la source</translation>
    </message>
    <message>
        <source>Target changed</source>
        <translation>Modifié dans la cible</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Same on both</source>
        <translation>Identique des deux côtés</translation>
    </message>
    <message>
        <source>Hide unchanged</source>
        <translation>Masquer l’inchangé</translation>
    </message>
</context>
<context>
    <name>Syncline::ConflictDiffModel</name>
    <message>
        <source>Unchanged</source>
        <translation>Inchangées</translation>
    </message>
    <message>
        <source>Changed on source</source>
        <translation>Modifié côté source</translation>
    </message>
    <message>
        <source>Changed on target</source>
        <translation>Modifié côté cible</translation>
    </message>
    <message>
        <source>Changed on both, alike</source>
        <translation>Modifié des deux côtés, à l&apos;identique</translation>
    </message>
    <message>
        <source>Changed on both (conflict)</source>
        <translation>Modifié des deux côtés (conflit)</translation>
    </message>
    <message>
        <source>%1 (%2): %3%4</source>
        <translation>%1 (%2) : %3%4</translation>
    </message>
    <message>
        <source>; part of the key</source>
        <translation> ; fait partie de la clé</translation>
    </message>
    <message>
        <source>; computed from the source, cannot be picked</source>
        <translation> ; calculé à partir de la source, non sélectionnable</translation>
    </message>
    <message>
        <source>Choose a value</source>
        <translation>Choisir une valeur</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>no base</source>
        <translation>pas de base</translation>
    </message>
    <message>
        <source>Source value. Double-click or click the circle to take it for the merged result (Alt+Left).</source>
        <translation>Valeur de la source. Double-cliquez ou cliquez sur le cercle pour la prendre dans le résultat fusionné (Alt+Gauche).</translation>
    </message>
    <message>
        <source>Base: the value both sides had after the last sync. Double-click to take it back.</source>
        <translation>Base : la valeur qu&apos;avaient les deux côtés après la dernière synchronisation. Double-cliquez pour la reprendre.</translation>
    </message>
    <message>
        <source>No base: both sides inserted this key.</source>
        <translation>Pas de base : les deux côtés ont inséré cette clé.</translation>
    </message>
    <message>
        <source>Target value. Double-click or click the circle to take it for the merged result (Alt+Right).</source>
        <translation>Valeur de la cible. Double-cliquez ou cliquez sur le cercle pour la prendre dans le résultat fusionné (Alt+Droite).</translation>
    </message>
    <message>
        <source>What Apply writes to both sides. Double-click to edit.</source>
        <translation>Ce qu&apos;Appliquer écrit des deux côtés. Double-cliquez pour modifier.</translation>
    </message>
    <message>
        <source>SQL NULL (no value).</source>
        <translation>SQL NULL (aucune valeur).</translation>
    </message>
    <message>
        <source>An empty string (not NULL).</source>
        <translation>Une chaîne vide (pas NULL).</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Source · %1</source>
        <translation>Source · %1</translation>
    </message>
    <message>
        <source>Base (last synced)</source>
        <translation>Base (dernière synchronisation)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Target · %1</source>
        <translation>Cible · %1</translation>
    </message>
    <message>
        <source>Merged result</source>
        <translation>Résultat fusionné</translation>
    </message>
    <message>
        <source>The source deleted this row. Pick it to delete the row on both sides (Alt+Left).</source>
        <translation>La source a supprimé cette ligne. Choisissez ceci pour supprimer la ligne des deux côtés (Alt+Gauche).</translation>
    </message>
    <message>
        <source>The target deleted this row. Pick it to delete the row on both sides (Alt+Right).</source>
        <translation>La cible a supprimé cette ligne. Choisissez ceci pour supprimer la ligne des deux côtés (Alt+Droite).</translation>
    </message>
    <message>
        <source>Source · deleted</source>
        <translation>Source · supprimée</translation>
    </message>
    <message>
        <source>Target · deleted</source>
        <translation>Cible · supprimée</translation>
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
        <translation>%1 j</translation>
    </message>
    <message>
        <source>Conflict %1 of job %2 on %3</source>
        <translation>Conflit %1 de la tâche %2 sur %3</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Reporté jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Fields in conflict</source>
        <translation>Champs en conflit</translation>
    </message>
    <message>
        <source>Detected at</source>
        <translation>Détecté le</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
</context>
<context>
    <name>Syncline::ConflictRulesDialog</name>
    <message>
        <source>Take source</source>
        <translation>Prendre la source</translation>
    </message>
    <message>
        <source>Take target</source>
        <translation>Prendre la cible</translation>
    </message>
    <message>
        <source>Newest by a time field</source>
        <translation>Le plus récent selon un champ de date</translation>
    </message>
    <message>
        <source>JavaScript function</source>
        <translation>Fonction JavaScript</translation>
    </message>
</context>
<context>
    <name>Syncline::ConflictsView</name>
    <message>
        <source>Loading the workspace…</source>
        <translation>Chargement de l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>No conflicts pending.</source>
        <translation>Aucun conflit en attente.</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Toutes les tâches</translation>
    </message>
    <message>
        <source>All entities</source>
        <translation>Toutes les entités</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Tous les champs</translation>
    </message>
    <message>
        <source>Conflict %1 stays pending: %2</source>
        <translation>Le conflit %1 reste en attente : %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Next conflict</source>
        <translation>Conflit suivant</translation>
    </message>
    <message>
        <source>Review the next conflict in the list</source>
        <translation>Examiner le conflit suivant de la liste</translation>
    </message>
    <message>
        <source>Previous conflict</source>
        <translation>Conflit précédent</translation>
    </message>
    <message>
        <source>Review the previous conflict in the list</source>
        <translation>Examiner le conflit précédent de la liste</translation>
    </message>
    <message>
        <source>Search keys</source>
        <translation>Rechercher des clés</translation>
    </message>
    <message>
        <source>Search the keys</source>
        <translation>Rechercher dans les clés</translation>
    </message>
    <message>
        <source>Take source for all selected</source>
        <translation>Prendre la source pour toute la sélection</translation>
    </message>
    <message>
        <source>Resolve the selected conflicts with the source&apos;s rows</source>
        <translation>Résoudre les conflits sélectionnés avec les lignes de la source</translation>
    </message>
    <message>
        <source>Take target for all selected</source>
        <translation>Prendre la cible pour toute la sélection</translation>
    </message>
    <message>
        <source>Resolve the selected conflicts with the target&apos;s rows</source>
        <translation>Résoudre les conflits sélectionnés avec les lignes de la cible</translation>
    </message>
    <message>
        <source>taking the source&apos;s row</source>
        <translation>en prenant la ligne de la source</translation>
    </message>
    <message>
        <source>taking the target&apos;s row</source>
        <translation>en prenant la ligne de la cible</translation>
    </message>
    <message>
        <source>Snooze for an hour</source>
        <translation>Reporter d&apos;une heure</translation>
    </message>
    <message>
        <source>Hide the selected conflicts for an hour</source>
        <translation>Masquer les conflits sélectionnés pendant une heure</translation>
    </message>
    <message>
        <source>Snooze for a day</source>
        <translation>Reporter d&apos;un jour</translation>
    </message>
    <message>
        <source>Hide the selected conflicts until this time tomorrow</source>
        <translation>Masquer les conflits sélectionnés jusqu&apos;à demain à la même heure</translation>
    </message>
    <message>
        <source>Snooze for a week</source>
        <translation>Reporter d&apos;une semaine</translation>
    </message>
    <message>
        <source>Hide the selected conflicts for a week</source>
        <translation>Masquer les conflits sélectionnés pendant une semaine</translation>
    </message>
    <message>
        <source>Un-snooze</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Bring the selected snoozed conflicts back now</source>
        <translation>Rétablir maintenant les conflits reportés sélectionnés</translation>
    </message>
    <message>
        <source>No saved rules (Rules… creates one)</source>
        <translation>Aucune règle enregistrée (« Règles… » en crée une)</translation>
    </message>
    <message>
        <source>By rule “%1”</source>
        <translation>Par la règle « %1 »</translation>
    </message>
    <message>
        <source>by the rule “%1”</source>
        <translation>par la règle « %1 »</translation>
    </message>
    <message>
        <source>A conflict is a row a two-way job found changed differently on both sides. This workspace has no two-way jobs, so none can arise.</source>
        <translation>Un conflit est une ligne qu&apos;une tâche bidirectionnelle a trouvée modifiée différemment des deux côtés. Cet espace de travail n&apos;a aucune tâche bidirectionnelle : aucun conflit ne peut survenir.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>All %1 matching selected</source>
        <translation>Les %1 résultats sont sélectionnés</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 conflit</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>%1 conflits</translation>
    </message>
    <message>
        <source>%1 of %2 conflicts loaded</source>
        <extracomment>conflicts loaded, conflicts matching</extracomment>
        <translation>%1 conflits chargés sur %2</translation>
    </message>
    <message>
        <source>No conflicts match the filters.</source>
        <translation>Aucun conflit ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>Clear the filters or the key search to see the rest.</source>
        <translation>Effacez les filtres ou la recherche de clé pour voir le reste.</translation>
    </message>
    <message>
        <source>A conflict is a row a two-way job found changed differently on both sides, which its conflict policy leaves to you. The last runs left none.</source>
        <translation>Un conflit est une ligne qu&apos;une tâche bidirectionnelle a trouvée modifiée différemment des deux côtés et que sa politique de conflit vous laisse. Les dernières exécutions n&apos;en ont laissé aucun.</translation>
    </message>
    <message>
        <source>Resolve the selected conflict %1? Both sides will hold the chosen row.</source>
        <extracomment>how many conflicts, how (&quot;taking the source&apos;s row&quot;)</extracomment>
        <translation>Résoudre le conflit sélectionné %1 ? Les deux côtés recevront la ligne choisie.</translation>
    </message>
    <message>
        <source>Resolve %1 conflicts %2? Both sides will hold the chosen rows.</source>
        <translation>Résoudre %1 conflits %2 ? Les deux côtés recevront les lignes choisies.</translation>
    </message>
    <message>
        <source>Resolve conflicts</source>
        <translation>Résoudre les conflits</translation>
    </message>
    <message>
        <source>Resolving %1 conflicts…</source>
        <translation>Résolution de %1 conflits…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling after the batch in flight…</source>
        <translation>Annulation après le lot en cours…</translation>
    </message>
    <message>
        <source>Nothing was resolved: %1</source>
        <translation>Rien n&apos;a été résolu : %1</translation>
    </message>
    <message>
        <source>Resolved 1 conflict.</source>
        <translation>1 conflit résolu.</translation>
    </message>
    <message>
        <source>Resolved %1 conflicts.</source>
        <translation>%1 conflits résolus.</translation>
    </message>
    <message>
        <source>Cancelled: the rest stay pending.</source>
        <translation>Annulé : le reste demeure en attente.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>%1 %2 stay pending; they are listed below with the reason.</source>
        <translation>%1 %2 restent en attente ; ils sont listés ci-dessous avec la raison.</translation>
    </message>
    <message>
        <source>Snoozed %1 until %2.</source>
        <translation>%1 reporté(s) jusqu&apos;à %2.</translation>
    </message>
    <message>
        <source>Un-snoozed %1.</source>
        <translation>%1 rétabli(s).</translation>
    </message>
    <message>
        <source>Resolve by rule</source>
        <translation>Résoudre par règle</translation>
    </message>
</context>
<context>
    <name>Syncline::ConnectFieldCommand</name>
    <message>
        <source>Map %1 to %2</source>
        <translation>Mapper %1 vers %2</translation>
    </message>
</context>
<context>
    <name>Syncline::DashboardView</name>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Configured jobs</source>
        <translation>Tâches configurées</translation>
    </message>
    <message>
        <source>Runs (24 h)</source>
        <translation>Exécutions (24 h)</translation>
    </message>
    <message>
        <source>Rows written (24 h)</source>
        <translation>Lignes écrites (24 h)</translation>
    </message>
    <message>
        <source>Rows rejected (24 h)</source>
        <translation>Lignes rejetées (24 h)</translation>
    </message>
    <message>
        <source>Running now</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Runs started in the last 24 hours</source>
        <translation>Exécutions démarrées au cours des dernières 24 heures</translation>
    </message>
    <message>
        <source>Rows inserted, updated and deleted by the runs of the last 24 hours (dry runs write nothing)</source>
        <translation>Lignes insérées, mises à jour et supprimées par les exécutions des dernières 24 heures (les simulations n&apos;écrivent rien)</translation>
    </message>
    <message>
        <source>Rows a target rejected in the runs of the last 24 hours</source>
        <translation>Lignes rejetées par une cible lors des exécutions des dernières 24 heures</translation>
    </message>
    <message>
        <source>No jobs yet.</source>
        <translation>Aucune tâche pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The dashboard shows every job&apos;s last run, the outcome of its recent runs and the rows it moved. Add a job in the Jobs view (Ctrl+3, then Ctrl+N), or create the demo with &lt;code&gt;synclinectl demo&lt;/code&gt;.</source>
        <translation>Le tableau de bord montre la dernière exécution de chaque tâche, le résultat de ses exécutions récentes et les lignes transférées. Ajoutez une tâche dans la vue Tâches (Ctrl+3, puis Ctrl+N), ou créez la démo avec &lt;code&gt;synclinectl demo&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Loading the workspace…</source>
        <translation>Chargement de l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>%1 endpoints · %2 mappings</source>
        <extracomment>endpoints · mappings</extracomment>
        <translation>%1 points de terminaison · %2 mappages</translation>
    </message>
    <message>
        <source>%1 failed · %2 cancelled</source>
        <extracomment>failed runs · cancelled runs</extracomment>
        <translation>%1 en échec · %2 annulées</translation>
    </message>
    <message>
        <source>%1 inserted · %2 updated · %3 deleted</source>
        <translation>%1 insérées · %2 mises à jour · %3 supprimées</translation>
    </message>
    <message>
        <source>see the Runs view</source>
        <translation>voir la vue Exécutions</translation>
    </message>
    <message>
        <source>none quarantined</source>
        <translation>aucune en quarantaine</translation>
    </message>
    <message>
        <source>no job runs</source>
        <translation>aucune tâche en cours</translation>
    </message>
    <message>
        <source>%1.%2 → %3.%4 · %5</source>
        <extracomment>source endpoint.entity → target endpoint.entity · mapping name</extracomment>
        <translation>%1.%2 → %3.%4 · %5</translation>
    </message>
    <message>
        <source>mapping %1 is missing</source>
        <translation>le mappage %1 est introuvable</translation>
    </message>
    <message>
        <source>Latency (change to apply)</source>
        <translation>Latence (du changement à l&apos;application)</translation>
    </message>
    <message>
        <source>How long changes waited between being made at the source and being applied to the target (jobs that know when a change was made: change-log and timestamp detection)</source>
        <translation>Combien de temps les changements ont attendu entre leur création dans la source et leur application à la cible (tâches qui savent quand un changement a eu lieu : détection par journal des changements et par horodatage)</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>rows/s</source>
        <translation>lignes/s</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 lignes/s</translation>
    </message>
    <message>
        <source>Failed runs</source>
        <translation>Exécutions en échec</translation>
    </message>
    <message>
        <source>% of runs</source>
        <translation>% des exécutions</translation>
    </message>
    <message>
        <source>%1 % of runs</source>
        <translation>%1 % des exécutions</translation>
    </message>
    <message>
        <source>Conflicts pending</source>
        <translation>Conflits en attente</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>conflits</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>%1 en attente</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Toutes les tâches</translation>
    </message>
    <message>
        <source>Cannot read the metrics: %1</source>
        <translation>Impossible de lire les métriques : %1</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>millisecondes</translation>
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
        <translation>par minute</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>par heure</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>Trends · %1 · points %2</source>
        <translation>Tendances · %1 · points %2</translation>
    </message>
    <message>
        <source>all jobs</source>
        <translation>toutes les tâches</translation>
    </message>
</context>
<context>
    <name>Syncline::DemoWorkspace</name>
    <message>
        <source>The workspace %1 already has jobs; the demo was not created.</source>
        <translation>L&apos;espace de travail %1 contient déjà des tâches ; la démo n&apos;a pas été créée.</translation>
    </message>
    <message>
        <source>%1: cannot create the directory</source>
        <translation>%1 : impossible de créer le dossier</translation>
    </message>
    <message>
        <source>%1 already exists; remove it or choose another data directory</source>
        <translation>%1 existe déjà ; supprimez-le ou choisissez un autre dossier de données</translation>
    </message>
    <message>
        <source>Created the demo in %1: crm.db with %2 customers and %3 orders, an empty edge.db, the jobs customers-push and orders-push, and the two-way job tickets-two-way (support.db and helpdesk.db) with conflicts to review.</source>
        <translation>Démo créée dans %1 : crm.db avec %2 clients et %3 commandes, une base edge.db vide, les tâches customers-push et orders-push, et la tâche bidirectionnelle tickets-two-way (support.db et helpdesk.db) avec des conflits à examiner.</translation>
    </message>
</context>
<context>
    <name>Syncline::DiffCellDelegate</name>
    <message>
        <source>%1 (key)</source>
        <translation>%1 (clé)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>⚠ Choose a value</source>
        <translation>⚠ Choisir une valeur</translation>
    </message>
    <message>
        <source>Deleted on both sides</source>
        <translation>Supprimée des deux côtés</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>… more</source>
        <translation>… plus</translation>
    </message>
</context>
<context>
    <name>Syncline::DisconnectFieldCommand</name>
    <message>
        <source>Unmap %1</source>
        <translation>Supprimer le mappage de %1</translation>
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
        <translation>Les mots de passe ne sont jamais enregistrés dans l&apos;espace de travail : indiquez une variable d&apos;environnement qui contient le mot de passe, ou conservez-le dans le trousseau du système.</translation>
    </message>
    <message>
        <source>A saved endpoint keeps its name; clone it to make one under another name.</source>
        <translation>Un point de terminaison enregistré garde son nom ; clonez-le pour en créer un sous un autre nom.</translation>
    </message>
    <message>
        <source>Give the endpoint a name.</source>
        <translation>Donnez un nom au point de terminaison.</translation>
    </message>
    <message>
        <source>Enter the PostgreSQL server&apos;s host name.</source>
        <translation>Saisissez le nom d&apos;hôte du serveur PostgreSQL.</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>Saisissez le nom de la base de données.</translation>
    </message>
    <message>
        <source>Choose the SQLite database file.</source>
        <translation>Choisissez le fichier de base de données SQLite.</translation>
    </message>
    <message>
        <source>Choose a SQLite database</source>
        <translation>Choisir une base de données SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Bases de données SQLite (*.db *.sqlite *.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>(incomplete)</source>
        <translation>(incomplet)</translation>
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
        <translation>$%1, sinon trousseau</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation>Trousseau du système</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
</context>
<context>
    <name>Syncline::EndpointsView</name>
    <message>
        <source>Add an endpoint (Ctrl+N)</source>
        <translation>Ajouter un point de terminaison (Ctrl+N)</translation>
    </message>
    <message>
        <source>Start a new endpoint from the selected one</source>
        <translation>Créer un point de terminaison à partir de celui sélectionné</translation>
    </message>
    <message>
        <source>Delete the selected endpoint (Del)</source>
        <translation>Supprimer le point de terminaison sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>No endpoints yet.</source>
        <translation>Aucun point de terminaison pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Endpoints are the databases Syncline keeps consistent. Add one with &lt;b&gt;New&lt;/b&gt; (Ctrl+N): a SQLite file or a PostgreSQL server.</source>
        <translation>Les points de terminaison sont les bases de données que Syncline maintient cohérentes. Ajoutez-en un avec &lt;b&gt;Nouveau&lt;/b&gt; (Ctrl+N) : un fichier SQLite ou un serveur PostgreSQL.</translation>
    </message>
    <message>
        <source>Select an endpoint to browse its tables.</source>
        <translation>Sélectionnez un point de terminaison pour parcourir ses tables.</translation>
    </message>
    <message>
        <source>Add an endpoint to browse its tables.</source>
        <translation>Ajoutez un point de terminaison pour parcourir ses tables.</translation>
    </message>
    <message>
        <source>Save or test the endpoint to browse its tables.</source>
        <translation>Enregistrez ou testez le point de terminaison pour parcourir ses tables.</translation>
    </message>
    <message>
        <source>%1-copy</source>
        <translation>%1-copie</translation>
    </message>
    <message>
        <source>%1-copy%2</source>
        <translation>%1-copie%2</translation>
    </message>
    <message>
        <source>A copy of %1; it is saved under the new name when you press Save.</source>
        <translation>Une copie de %1 ; elle est enregistrée sous le nouveau nom quand vous cliquez sur Enregistrer.</translation>
    </message>
    <message>
        <source>the new endpoint</source>
        <translation>le nouveau point de terminaison</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to %1?</source>
        <translation>Abandonner les modifications non enregistrées de %1 ?</translation>
    </message>
    <message>
        <source>An endpoint named %1 already exists; choose another name.</source>
        <translation>Un point de terminaison nommé %1 existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Saved endpoint %1.</source>
        <translation>Point de terminaison %1 enregistré.</translation>
    </message>
    <message>
        <source>Delete endpoint</source>
        <translation>Supprimer le point de terminaison</translation>
    </message>
    <message>
        <source>Delete the endpoint %1 from the workspace?

Its database is not touched; a password kept in the OS keychain stays there.</source>
        <translation>Supprimer le point de terminaison %1 de l&apos;espace de travail ?

Sa base de données n&apos;est pas modifiée ; un mot de passe conservé dans le trousseau du système y reste.</translation>
    </message>
    <message>
        <source>Deleted endpoint %1.</source>
        <translation>Point de terminaison %1 supprimé.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected to %1 in %2 ms · 1 table</source>
        <extracomment>server version, milliseconds, number of tables</extracomment>
        <translation>Connecté à %1 en %2 ms · 1 table</translation>
    </message>
    <message>
        <source>Connected to %1 in %2 ms · %3 tables</source>
        <translation>Connecté à %1 en %2 ms · %3 tables</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
    <message>
        <source>Reading the tables of %1…</source>
        <translation>Lecture des tables de %1…</translation>
    </message>
    <message>
        <source>Cannot read the tables: %1</source>
        <translation>Impossible de lire les tables : %1</translation>
    </message>
    <message>
        <source>%1 has no tables.</source>
        <translation>%1 n&apos;a aucune table.</translation>
    </message>
    <message>
        <source>%1: the first %2 of %3 tables</source>
        <translation>%1 : les %2 premières tables sur %3</translation>
    </message>
    <message>
        <source>%1: 1 table</source>
        <translation>%1 : 1 table</translation>
    </message>
    <message>
        <source>%1: %2 tables</source>
        <translation>%1 : %2 tables</translation>
    </message>
    <message>
        <source>%1 (some could not be described: %2)</source>
        <translation>%1 (certaines n&apos;ont pas pu être décrites : %2)</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <source>Password of %1, kept in the OS keychain (never in the workspace):</source>
        <translation>Mot de passe de %1, conservé dans le trousseau du système (jamais dans l&apos;espace de travail) :</translation>
    </message>
    <message>
        <source>Storing the password in the OS keychain…</source>
        <translation>Enregistrement du mot de passe dans le trousseau du système…</translation>
    </message>
    <message>
        <source>Stored the password of %1 in the OS keychain.</source>
        <translation>Mot de passe de %1 enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No mapping uses this endpoint.</source>
        <translation>Aucun mappage n&apos;utilise ce point de terminaison.</translation>
    </message>
    <message>
        <source>Used by the mappings: %1</source>
        <translation>Utilisé par les mappages : %1</translation>
    </message>
</context>
<context>
    <name>Syncline::FieldConnectorView</name>
    <message>
        <source>%1: click to edit its transform</source>
        <translation>%1 : cliquez pour modifier sa transformation</translation>
    </message>
</context>
<context>
    <name>Syncline::GettingStartedDialog</name>
    <message>
        <source>Getting Started with Syncline</source>
        <translation>Premiers pas avec Syncline</translation>
    </message>
    <message>
        <source>A walk through the first sync: two endpoints, a mapping, a dry run and a run.</source>
        <translation>Une visite guidée de la première synchronisation : deux points de terminaison, un mappage, une simulation et une exécution.</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>&lt;p&gt;Syncline keeps tables in two databases consistent. You connect the two databases as &lt;b&gt;endpoints&lt;/b&gt;, say in a &lt;b&gt;mapping&lt;/b&gt; which source columns fill which target columns, and a &lt;b&gt;job&lt;/b&gt; runs the mapping. A &lt;b&gt;dry run&lt;/b&gt; shows what a run would change without writing anything. These four steps take a few minutes.&lt;/p&gt;&lt;p&gt;To try Syncline on sample data first, run &lt;code&gt;synclinectl demo&lt;/code&gt; in a terminal and restart the console: it creates two demo databases with endpoints, mappings and jobs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Syncline maintient cohérentes des tables de deux bases de données. Vous connectez les deux bases comme &lt;b&gt;points de terminaison&lt;/b&gt;, indiquez dans un &lt;b&gt;mappage&lt;/b&gt; quelles colonnes source alimentent quelles colonnes cibles, et une &lt;b&gt;tâche&lt;/b&gt; exécute le mappage. Une &lt;b&gt;simulation&lt;/b&gt; montre ce qu&apos;une exécution changerait sans rien écrire. Ces quatre étapes prennent quelques minutes.&lt;/p&gt;&lt;p&gt;Pour essayer d&apos;abord Syncline sur des données d&apos;exemple, lancez &lt;code&gt;synclinectl demo&lt;/code&gt; dans un terminal et redémarrez la console : cela crée deux bases de démo avec points de terminaison, mappages et tâches.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connect two endpoints</source>
        <translation>Connecter deux points de terminaison</translation>
    </message>
    <message>
        <source>&lt;p&gt;Open &lt;b&gt;Endpoints&lt;/b&gt; (Ctrl+2) and press &lt;b&gt;New&lt;/b&gt; (Ctrl+N). Give the endpoint a short name, choose its kind and fill in where it is: the database file for SQLite; host, port, database and user for PostgreSQL. The password is never stored in the workspace: name an environment variable that holds it, or keep it in the keychain of your desktop.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Test connection&lt;/b&gt;: Syncline connects and shows the server version and the tables it can see. Save, then add the second endpoint the same way.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ouvrez &lt;b&gt;Points de terminaison&lt;/b&gt; (Ctrl+2) et cliquez sur &lt;b&gt;Nouveau&lt;/b&gt; (Ctrl+N). Donnez au point de terminaison un nom court, choisissez son type et indiquez où il se trouve : le fichier de base de données pour SQLite ; hôte, port, base et utilisateur pour PostgreSQL. Le mot de passe n&apos;est jamais enregistré dans l&apos;espace de travail : indiquez une variable d&apos;environnement qui le contient, ou conservez-le dans le trousseau de votre bureau.&lt;/p&gt;&lt;p&gt;Cliquez sur &lt;b&gt;Tester la connexion&lt;/b&gt; : Syncline se connecte et affiche la version du serveur et les tables visibles. Enregistrez, puis ajoutez le second point de terminaison de la même façon.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Endpoints, with the tables of the selected one</source>
        <translation>Les points de terminaison, avec les tables de celui sélectionné</translation>
    </message>
    <message>
        <source>Map the fields</source>
        <translation>Mapper les champs</translation>
    </message>
    <message>
        <source>&lt;p&gt;Open &lt;b&gt;Mappings&lt;/b&gt; (Ctrl+3) and create a mapping: choose the source endpoint and table, then the target endpoint and table. The designer shows the source fields on the left and the target fields on the right. Drag a source field onto a target field to map it, or press &lt;b&gt;Auto-map&lt;/b&gt; to map the fields with the same name. Pick the key the rows are matched by, add a transform where a value must change on the way, and watch the preview of sample rows.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Save&lt;/b&gt; writes the mapping to the workspace.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ouvrez &lt;b&gt;Mappages&lt;/b&gt; (Ctrl+3) et créez un mappage : choisissez le point de terminaison et la table source, puis le point de terminaison et la table cible. Le concepteur affiche les champs source à gauche et les champs cibles à droite. Faites glisser un champ source sur un champ cible pour le mapper, ou cliquez sur &lt;b&gt;Mappage automatique&lt;/b&gt; pour mapper les champs de même nom. Choisissez la clé qui apparie les lignes, ajoutez une transformation là où une valeur doit changer en chemin, et observez l&apos;aperçu des lignes d&apos;exemple.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Enregistrer&lt;/b&gt; écrit le mappage dans l&apos;espace de travail.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The mapping designer with its preview</source>
        <translation>Le concepteur de mappages avec son aperçu</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>&lt;p&gt;Open &lt;b&gt;Jobs&lt;/b&gt; (Ctrl+4) and create a job for the mapping: the direction (push from source to target, pull, or two-way), whether to compare everything or only what changed, and what to do with deleted rows. Select the job and press &lt;b&gt;Dry run&lt;/b&gt; (Shift+F5).&lt;/p&gt;&lt;p&gt;The dry run reads both sides and lists every insert, update and delete the job would make. Nothing is written. Check that the list is what you expect.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ouvrez &lt;b&gt;Tâches&lt;/b&gt; (Ctrl+4) et créez une tâche pour le mappage : la direction (push de la source vers la cible, pull ou bidirectionnel), s&apos;il faut tout comparer ou seulement ce qui a changé, et que faire des lignes supprimées. Sélectionnez la tâche et cliquez sur &lt;b&gt;Simulation&lt;/b&gt; (Maj+F5).&lt;/p&gt;&lt;p&gt;La simulation lit les deux côtés et liste chaque insertion, mise à jour et suppression que la tâche ferait. Rien n&apos;est écrit. Vérifiez que la liste correspond à ce que vous attendez.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A job with the changes its dry run planned</source>
        <translation>Une tâche avec les modifications prévues par sa simulation</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>&lt;p&gt;Press &lt;b&gt;Run now&lt;/b&gt; (F5). The status bar shows the progress; Esc cancels after the batch in flight, and running the job again continues where it stopped. When the run is done, &lt;b&gt;Runs&lt;/b&gt; (Ctrl+5) shows its counts and timings, and the rows the target rejected with the database&apos;s own message.&lt;/p&gt;&lt;p&gt;To run the job regularly, give it a schedule in the job editor. Servers run the same jobs without the console: &lt;code&gt;synclinectl run JOB&lt;/code&gt;, or the &lt;code&gt;synclinectl-daemon&lt;/code&gt; service.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cliquez sur &lt;b&gt;Exécuter maintenant&lt;/b&gt; (F5). La barre d&apos;état affiche la progression ; Échap annule après le lot en cours, et relancer la tâche reprend là où elle s&apos;est arrêtée. Une fois l&apos;exécution terminée, &lt;b&gt;Exécutions&lt;/b&gt; (Ctrl+5) affiche ses compteurs et durées, et les lignes rejetées par la cible avec le message de la base de données.&lt;/p&gt;&lt;p&gt;Pour exécuter la tâche régulièrement, donnez-lui une planification dans l&apos;éditeur de tâches. Les serveurs exécutent les mêmes tâches sans la console : &lt;code&gt;synclinectl run TÂCHE&lt;/code&gt;, ou le service &lt;code&gt;synclinectl-daemon&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The run history</source>
        <translation>L&apos;historique des exécutions</translation>
    </message>
    <message>
        <source>More help</source>
        <translation>Plus d&apos;aide</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every field explains itself: hover over it for a tooltip, or press Shift+F1 and click the field for a longer explanation. Help &amp;gt; Keyboard Shortcuts lists the keys.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chaque champ s&apos;explique lui-même : survolez-le pour une info-bulle, ou appuyez sur Maj+F1 et cliquez sur le champ pour une explication plus longue. Aide &amp;gt; Raccourcis clavier liste les touches.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Syncline::InlineMessage</name>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
</context>
<context>
    <name>Syncline::JavaScriptHighlighter</name>
    <message>
        <source>The source has no such field</source>
        <translation>La source n&apos;a pas ce champ</translation>
    </message>
</context>
<context>
    <name>Syncline::JobDetailsPanel</name>
    <message>
        <source>No job selected</source>
        <translation>Aucune tâche sélectionnée</translation>
    </message>
    <message>
        <source>Select a job to see its last run and its progress.</source>
        <translation>Sélectionnez une tâche pour voir sa dernière exécution et sa progression.</translation>
    </message>
    <message>
        <source>Mapping %1 · %2 · %3 · detect by %4</source>
        <extracomment>mapping · direction · mode · change detection, as in the config file</extracomment>
        <translation>Mappage %1 · %2 · %3 · détection par %4</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Jamais exécutée</translation>
    </message>
    <message>
        <source>Run %1 · %2 · started %3</source>
        <extracomment>run id · status · start time</extracomment>
        <translation>Exécution %1 · %2 · démarrée %3</translation>
    </message>
    <message>
        <source>Run %1 · %2</source>
        <translation>Exécution %1 · %2</translation>
    </message>
    <message>
        <source>%1 · started %2 · not recorded in the workspace</source>
        <extracomment>status · start time, of a run the workspace has no record of</extracomment>
        <translation>%1 · démarrée %2 · non enregistrée dans l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Done · %1 rows in %2</source>
        <extracomment>rows read · duration of the finished run</extracomment>
        <translation>Terminé · %1 lignes en %2</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Inactive</translation>
    </message>
</context>
<context>
    <name>Syncline::JobEditor</name>
    <message>
        <source>Push: source → target</source>
        <translation>Push : source → cible</translation>
    </message>
    <message>
        <source>Pull: target → source</source>
        <translation>Pull : cible → source</translation>
    </message>
    <message>
        <source>Two-way</source>
        <translation>Bidirectionnel</translation>
    </message>
    <message>
        <source>Incremental: compare the source with what was last synced</source>
        <translation>Incrémental : comparer la source avec la dernière synchronisation</translation>
    </message>
    <message>
        <source>Full: compare the source with the target</source>
        <translation>Complet : comparer la source avec la cible</translation>
    </message>
    <message>
        <source>Row hash</source>
        <translation>Empreinte de ligne</translation>
    </message>
    <message>
        <source>Timestamp column</source>
        <translation>Colonne d&apos;horodatage</translation>
    </message>
    <message>
        <source>Version column</source>
        <translation>Colonne de version</translation>
    </message>
    <message>
        <source>Change-log triggers</source>
        <translation>Déclencheurs de journal des changements</translation>
    </message>
    <message>
        <source>Source wins</source>
        <translation>La source l&apos;emporte</translation>
    </message>
    <message>
        <source>Target wins</source>
        <translation>La cible l&apos;emporte</translation>
    </message>
    <message>
        <source>Newest wins</source>
        <translation>La plus récente l&apos;emporte</translation>
    </message>
    <message>
        <source>First wins</source>
        <translation>La première l&apos;emporte</translation>
    </message>
    <message>
        <source>Manual (conflict queue)</source>
        <translation>Manuel (file des conflits)</translation>
    </message>
    <message>
        <source>Rule (JavaScript)</source>
        <translation>Règle (JavaScript)</translation>
    </message>
    <message>
        <source>source wins</source>
        <translation>la source l&apos;emporte</translation>
    </message>
    <message>
        <source>target wins</source>
        <translation>la cible l&apos;emporte</translation>
    </message>
    <message>
        <source>Propagate</source>
        <translation>Propager</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Soft delete</source>
        <translation>Suppression logique</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (introuvable)</translation>
    </message>
    <message>
        <source>A saved job keeps its name; clone it to make one under another name.</source>
        <translation>Une tâche enregistrée garde son nom ; clonez-la pour en créer une sous un autre nom.</translation>
    </message>
    <message>
        <source>Give the job a name.</source>
        <translation>Donnez un nom à la tâche.</translation>
    </message>
    <message>
        <source>Choose the mapping the job runs.</source>
        <translation>Choisissez le mappage que la tâche exécute.</translation>
    </message>
    <message>
        <source>Name the source column that tells when a row changed.</source>
        <translation>Indiquez la colonne source qui indique quand une ligne a changé.</translation>
    </message>
    <message>
        <source>Name the timestamp field whose values decide a conflict.</source>
        <translation>Indiquez le champ d&apos;horodatage dont les valeurs tranchent un conflit.</translation>
    </message>
    <message>
        <source>Write the JavaScript rule that decides a conflict.</source>
        <translation>Écrivez la règle JavaScript qui tranche un conflit.</translation>
    </message>
    <message>
        <source>Name the target column that flags deleted rows.</source>
        <translation>Indiquez la colonne cible qui marque les lignes supprimées.</translation>
    </message>
    <message>
        <source>Each run reads every source row and compares its hash.</source>
        <translation>Chaque exécution lit toutes les lignes source et compare leur empreinte.</translation>
    </message>
    <message>
        <source>Each run reads only the rows whose change column is at or past the last run&apos;s high-water mark; such runs cannot see deleted rows.</source>
        <translation>Chaque exécution ne lit que les lignes dont la colonne de changement atteint ou dépasse le repère de la dernière exécution ; ces exécutions ne voient pas les lignes supprimées.</translation>
    </message>
    <message>
        <source>Triggers on the source log the key of every changed or deleted row.</source>
        <translation>Des déclencheurs sur la source journalisent la clé de chaque ligne modifiée ou supprimée.</translation>
    </message>
    <message>
        <source>%1 The conflict policy applies to two-way jobs only.</source>
        <translation>%1 La politique de conflit ne s&apos;applique qu&apos;aux tâches bidirectionnelles.</translation>
    </message>
    <message>
        <source>%1.%2 → %3.%4</source>
        <extracomment>source endpoint.entity → target endpoint.entity</extracomment>
        <translation>%1.%2 → %3.%4</translation>
    </message>
    <message>
        <source>not in the workspace</source>
        <translation>absent de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>À la demande</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Toutes les</translation>
    </message>
    <message>
        <source>Cron</source>
        <translation>Cron</translation>
    </message>
    <message>
        <source>Run once at start</source>
        <translation>Exécuter une fois au démarrage</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Les ignorer</translation>
    </message>
    <message>
        <source>The schedule is not valid: %1</source>
        <translation>La planification n&apos;est pas valide : %1</translation>
    </message>
</context>
<context>
    <name>Syncline::JobLease</name>
    <message>
        <source>another runner</source>
        <translation>un autre processus</translation>
    </message>
    <message>
        <source>job %1 is already running: its lease is held by %2; try again when that run ends</source>
        <extracomment>job, the lease holder (host:pid:uuid)</extracomment>
        <translation>la tâche %1 est déjà en cours d&apos;exécution : son verrou est détenu par %2 ; réessayez quand cette exécution sera terminée</translation>
    </message>
</context>
<context>
    <name>Syncline::JobListModel</name>
    <message>
        <source>Never run</source>
        <translation>Jamais exécutée</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mappage</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détection</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
</context>
<context>
    <name>Syncline::JobTile</name>
    <message>
        <source>Recent runs, newest on the right: green succeeded, red failed, amber cancelled, blue dry run</source>
        <translation>Exécutions récentes, la plus récente à droite : vert réussie, rouge en échec, orange annulée, bleu simulation</translation>
    </message>
    <message>
        <source>Show %1 in the Jobs view</source>
        <translation>Afficher %1 dans la vue Tâches</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Jamais exécutée</translation>
    </message>
    <message>
        <source>No runs yet. Run it from the Jobs view (F5).</source>
        <translation>Aucune exécution pour l&apos;instant. Lancez-la depuis la vue Tâches (F5).</translation>
    </message>
    <message>
        <source>Dry run %1 · %2 · %3 to insert, %4 to update, %5 to delete</source>
        <extracomment>start time · duration · inserted · updated · deleted</extracomment>
        <translation>Simulation %1 · %2 · %3 à insérer, %4 à mettre à jour, %5 à supprimer</translation>
    </message>
    <message>
        <source>Last run %1 · %2 · %3 inserted, %4 updated, %5 deleted</source>
        <translation>Dernière exécution %1 · %2 · %3 insérées, %4 mises à jour, %5 supprimées</translation>
    </message>
    <message>
        <source>%1 of %2 recent runs succeeded · %3 rows/s on average</source>
        <extracomment>succeeded runs, finished runs, rows per second</extracomment>
        <translation>%1 exécutions récentes réussies sur %2 · %3 lignes/s en moyenne</translation>
    </message>
    <message>
        <source>Lag: time since the start of the last successful run (changes made since may not be in the target yet). Latency: the 95th percentile of change-to-apply times in the newest minute, hour or day measured.</source>
        <translation>Retard : temps écoulé depuis le début de la dernière exécution réussie (les changements faits depuis ne sont peut-être pas encore dans la cible). Latence : le 95e centile des délais entre changement et application dans la dernière minute, heure ou journée mesurée.</translation>
    </message>
    <message>
        <source>Lag: never succeeded</source>
        <translation>Retard : jamais réussie</translation>
    </message>
    <message>
        <source>Lag %1</source>
        <translation>Retard %1</translation>
    </message>
    <message>
        <source>latency p95 %1</source>
        <translation>latence p95 %1</translation>
    </message>
    <message>
        <source>no conflicts pending</source>
        <translation>aucun conflit en attente</translation>
    </message>
    <message>
        <source>%1 conflicts pending</source>
        <translation>%1 conflits en attente</translation>
    </message>
    <message>
        <source>failed %1 times in a row</source>
        <translation>en échec %1 fois de suite</translation>
    </message>
</context>
<context>
    <name>Syncline::JobsView</name>
    <message>
        <source>Add a job (Ctrl+N)</source>
        <translation>Ajouter une tâche (Ctrl+N)</translation>
    </message>
    <message>
        <source>Start a new job from the selected one</source>
        <translation>Créer une tâche à partir de celle sélectionnée</translation>
    </message>
    <message>
        <source>Delete the selected job (Del)</source>
        <translation>Supprimer la tâche sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Run the selected job now (F5)</source>
        <translation>Exécuter maintenant la tâche sélectionnée (F5)</translation>
    </message>
    <message>
        <source>Plan the selected job&apos;s changes and show them without writing anything (Shift+F5)</source>
        <translation>Planifier les modifications de la tâche sélectionnée et les afficher sans rien écrire (Maj+F5)</translation>
    </message>
    <message>
        <source>Stop the run after the batch in flight (Esc)</source>
        <translation>Arrêter l&apos;exécution après le lot en cours (Échap)</translation>
    </message>
    <message>
        <source>No jobs yet.</source>
        <translation>Aucune tâche pour l&apos;instant.</translation>
    </message>
    <message>
        <source>A job runs a mapping: it keeps a target in step with a source. Add one with &lt;b&gt;New&lt;/b&gt; (Ctrl+N), import a config with &lt;code&gt;synclinectl import FILE.json&lt;/code&gt;, or create the demo with &lt;code&gt;synclinectl demo&lt;/code&gt;.</source>
        <translation>Une tâche exécute un mappage : elle maintient une cible à jour avec une source. Ajoutez-en une avec &lt;b&gt;Nouveau&lt;/b&gt; (Ctrl+N), importez une configuration avec &lt;code&gt;synclinectl import FICHIER.json&lt;/code&gt;, ou créez la démo avec &lt;code&gt;synclinectl demo&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>%1-copy</source>
        <translation>%1-copie</translation>
    </message>
    <message>
        <source>%1-copy%2</source>
        <translation>%1-copie%2</translation>
    </message>
    <message>
        <source>A copy of %1; it is saved under the new name when you press Save.</source>
        <translation>Une copie de %1 ; elle est enregistrée sous le nouveau nom quand vous cliquez sur Enregistrer.</translation>
    </message>
    <message>
        <source>the new job</source>
        <translation>la nouvelle tâche</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to %1?</source>
        <translation>Abandonner les modifications non enregistrées de %1 ?</translation>
    </message>
    <message>
        <source>A job named %1 already exists; choose another name.</source>
        <translation>Une tâche nommée %1 existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Saved job %1.</source>
        <translation>Tâche %1 enregistrée.</translation>
    </message>
    <message>
        <source>%1 is running; cancel the run before deleting the job.</source>
        <translation>%1 est en cours ; annulez l&apos;exécution avant de supprimer la tâche.</translation>
    </message>
    <message>
        <source>Delete job</source>
        <translation>Supprimer la tâche</translation>
    </message>
    <message>
        <source>Delete the job %1?

What it last synced (its journal) is forgotten; its run history and quarantined rows stay.</source>
        <translation>Supprimer la tâche %1 ?

Ce qu&apos;elle a synchronisé en dernier (son journal) est oublié ; son historique d&apos;exécutions et ses lignes en quarantaine restent.</translation>
    </message>
    <message>
        <source>Deleted job %1.</source>
        <translation>Tâche %1 supprimée.</translation>
    </message>
    <message>
        <source>Select a job, then Dry run (Shift+F5) to see the inserts, updates and deletes it would make, before anything is written.</source>
        <translation>Sélectionnez une tâche, puis Simulation (Maj+F5) pour voir les insertions, mises à jour et suppressions qu&apos;elle ferait, avant que quoi que ce soit ne soit écrit.</translation>
    </message>
    <message>
        <source>No dry run of %1 yet. Dry run (Shift+F5) plans the job&apos;s inserts, updates and deletes and lists them here without writing anything.</source>
        <translation>Aucune simulation de %1 pour l&apos;instant. La simulation (Maj+F5) planifie les insertions, mises à jour et suppressions de la tâche et les liste ici sans rien écrire.</translation>
    </message>
    <message>
        <source>The dry run of %1 found nothing to change: source and target agree.</source>
        <translation>La simulation de %1 n&apos;a rien trouvé à modifier : la source et la cible concordent.</translation>
    </message>
    <message>
        <source>Dry run of %1: %2 to insert, %3 to update, %4 to delete; nothing was written. The first %5 of %6 changes are listed.</source>
        <extracomment>job, inserts, updates, deletes, changes shown, all changes</extracomment>
        <translation>Simulation de %1 : %2 à insérer, %3 à mettre à jour, %4 à supprimer ; rien n&apos;a été écrit. Les %5 premières modifications sur %6 sont listées.</translation>
    </message>
    <message>
        <source>Dry run of %1: %2 to insert, %3 to update, %4 to delete; nothing was written.</source>
        <extracomment>job, inserts, updates, deletes</extracomment>
        <translation>Simulation de %1 : %2 à insérer, %3 à mettre à jour, %4 à supprimer ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Resume &amp;schedule</source>
        <translation>Reprendre la &amp;planification</translation>
    </message>
    <message>
        <source>&amp;Pause schedule</source>
        <translation>Suspendre la &amp;planification</translation>
    </message>
    <message>
        <source>Paused the schedule of job %1.</source>
        <translation>Planification de la tâche %1 suspendue.</translation>
    </message>
    <message>
        <source>Resumed the schedule of job %1.</source>
        <translation>Planification de la tâche %1 reprise.</translation>
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
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Points de terminaison</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Mappages</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espace de travail : %1</translation>
    </message>
    <message>
        <source>Show Syncline</source>
        <translation>Afficher Syncline</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>tooltip of a sidebar entry: the view, its shortcut</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is already running.</source>
        <translation>%1 est déjà en cours.</translation>
    </message>
    <message>
        <source>Cancelling %1 after the batch in flight…</source>
        <translation>Annulation de %1 après le lot en cours…</translation>
    </message>
    <message>
        <source>Dry run of %1 finished: 1 change planned, nothing written.</source>
        <translation>Simulation de %1 terminée : 1 modification prévue, rien d&apos;écrit.</translation>
    </message>
    <message>
        <source>Dry run of %1 finished: %2 changes planned, nothing written.</source>
        <translation>Simulation de %1 terminée : %2 modifications prévues, rien d&apos;écrit.</translation>
    </message>
    <message>
        <source>Dry run of %1 finished</source>
        <translation>Simulation de %1 terminée</translation>
    </message>
    <message>
        <source>%1 finished: %2 inserted, %3 updated, %4 deleted, %5 unchanged in %6.</source>
        <extracomment>job, inserted, updated, deleted, unchanged, duration</extracomment>
        <translation>%1 terminée : %2 insérées, %3 mises à jour, %4 supprimées, %5 inchangées en %6.</translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation>%1 terminée</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 a été annulée.</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1 annulée</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 en échec : %2</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 en échec</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a tray notification: title, message</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Could not read the workspace: %1</source>
        <translation>Impossible de lire l&apos;espace de travail : %1</translation>
    </message>
    <message>
        <source>Syncline — %1 (unreadable)</source>
        <translation>Syncline — %1 (illisible)</translation>
    </message>
    <message>
        <source>No jobs running</source>
        <translation>Aucune tâche en cours</translation>
    </message>
    <message>
        <source>Syncline: no jobs running</source>
        <translation>Syncline : aucune tâche en cours</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <extracomment>a running job and how far it is</extracomment>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>En cours : %1</translation>
    </message>
    <message>
        <source>Syncline: running %1</source>
        <translation>Syncline : %1 en cours</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Syncline&lt;/h3&gt;&lt;p&gt;Syncline keeps databases consistent: &lt;b&gt;endpoints&lt;/b&gt; are the databases, a &lt;b&gt;mapping&lt;/b&gt; turns rows of a source table into rows of a target table, and a &lt;b&gt;job&lt;/b&gt; runs a mapping on demand. Every run is recorded with its counts, errors and the rows the target rejected.&lt;/p&gt;&lt;table cellspacing=&quot;4&quot;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Dashboard, Endpoints, Mappings, Jobs, Runs, Conflicts, Audit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New endpoint or job&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Del&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Delete the selected endpoint or job&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Run the selected job now&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Dry run: show the planned changes, write nothing&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Cancel the selected job&apos;s run after the batch in flight&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Reload from the workspace&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;The same workspace is driven from scripts with &lt;code&gt;synclinectl&lt;/code&gt;: &lt;code&gt;synclinectl run JOB&lt;/code&gt;, &lt;code&gt;synclinectl export&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Syncline&lt;/h3&gt;&lt;p&gt;Syncline maintient des bases de données cohérentes : les &lt;b&gt;points de terminaison&lt;/b&gt; sont les bases de données, un &lt;b&gt;mappage&lt;/b&gt; transforme les lignes d&apos;une table source en lignes d&apos;une table cible, et une &lt;b&gt;tâche&lt;/b&gt; exécute un mappage à la demande. Chaque exécution est enregistrée avec ses compteurs, ses erreurs et les lignes rejetées par la cible.&lt;/p&gt;&lt;table cellspacing=&quot;4&quot;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Tableau de bord, Points de terminaison, Mappages, Tâches, Exécutions, Conflits, Audit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Nouveau point de terminaison ou nouvelle tâche&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Suppr&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Supprimer le point de terminaison ou la tâche sélectionnés&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Exécuter maintenant la tâche sélectionnée&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Maj+F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Simulation : afficher les modifications prévues, ne rien écrire&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Échap&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Annuler l&apos;exécution de la tâche sélectionnée après le lot en cours&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Recharger depuis l&apos;espace de travail&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quitter&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Le même espace de travail se pilote depuis des scripts avec &lt;code&gt;synclinectl&lt;/code&gt; : &lt;code&gt;synclinectl run TÂCHE&lt;/code&gt;, &lt;code&gt;synclinectl export&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Syncline Help</source>
        <translation>Aide de Syncline</translation>
    </message>
    <message>
        <source>About Syncline</source>
        <translation>À propos de Syncline</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Syncline %1&lt;/h3&gt;&lt;p&gt;Desktop sync administration console with an embedded sync engine.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Syncline %1&lt;/h3&gt;&lt;p&gt;Console de bureau d&apos;administration de synchronisations, avec moteur de synchronisation intégré.&lt;/p&gt;&lt;p&gt;Espace de travail : %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Jobs are running</source>
        <translation>Des tâches sont en cours</translation>
    </message>
    <message>
        <source>Still running: %1.

Cancel these runs and quit? Each stops after its batch in flight.</source>
        <translation>Encore en cours : %1.

Annuler ces exécutions et quitter ? Chacune s&apos;arrête après son lot en cours.</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Exécuter %1</translation>
    </message>
    <message>
        <source>Run %1 now? It writes to the target.</source>
        <translation>Exécuter %1 maintenant ? La tâche écrit dans la cible.</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflits (%1)</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>Planificateur</translation>
    </message>
</context>
<context>
    <name>Syncline::MappingDesigner</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rétablir : %1</translation>
    </message>
    <message>
        <source>&amp;Auto-map</source>
        <translation>Mappage &amp;automatique</translation>
    </message>
    <message>
        <source>Map the unmapped target fields to source fields of the same name (ignoring case and punctuation) and a compatible type</source>
        <translation>Mapper les champs cibles non mappés sur les champs source de même nom (sans tenir compte de la casse ni de la ponctuation) et de type compatible</translation>
    </message>
    <message>
        <source>U&amp;nmap</source>
        <translation>Supprimer le &amp;mappage</translation>
    </message>
    <message>
        <source>Remove the selected target field&apos;s mapping</source>
        <translation>Supprimer le mappage du champ cible sélectionné</translation>
    </message>
    <message numerus="yes">
        <source>Auto-map mapped %n field(s).</source>
        <translation>
            <numerusform>Le mappage automatique a mappé %n champ.</numerusform>
            <numerusform>Le mappage automatique a mappé %n champs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-map found no more pairs.</source>
        <translation>Le mappage automatique n&apos;a plus trouvé de paires.</translation>
    </message>
    <message>
        <source>Reading sample rows…</source>
        <translation>Lecture des lignes d&apos;exemple…</translation>
    </message>
    <message>
        <source> · &lt;i&gt;updating…&lt;/i&gt;</source>
        <translation> · &lt;i&gt;mise à jour…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Pas d&apos;aperçu : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sample row(s) of %1</source>
        <translation>
            <numerusform>%n ligne d&apos;exemple de %1</numerusform>
            <numerusform>%n lignes d&apos;exemple de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing cell(s)</source>
        <translation>
            <numerusform>%n cellule en erreur</numerusform>
            <numerusform>%n cellules en erreur</numerusform>
        </translation>
    </message>
    <message>
        <source>no failing cells</source>
        <translation>aucune cellule en erreur</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) filtered out</source>
        <translation>
            <numerusform>%n ligne exclue par le filtre</numerusform>
            <numerusform>%n lignes exclues par le filtre</numerusform>
        </translation>
    </message>
    <message>
        <source>hover a red cell for its error</source>
        <translation>survolez une cellule rouge pour voir son erreur</translation>
    </message>
    <message>
        <source>Remove from the key</source>
        <translation>Retirer de la clé</translation>
    </message>
    <message>
        <source>Add to the key</source>
        <translation>Ajouter à la clé</translation>
    </message>
    <message>
        <source>Add a validation rule</source>
        <translation>Ajouter une règle de validation</translation>
    </message>
    <message>
        <source>&lt;b&gt;Source&lt;/b&gt; %1.%2</source>
        <translation>&lt;b&gt;Source&lt;/b&gt; %1.%2</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Source&lt;/b&gt;</source>
        <translation>&lt;b&gt;Source&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Target&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cible&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Target&lt;/b&gt; %1.%2</source>
        <translation>&lt;b&gt;Cible&lt;/b&gt; %1.%2</translation>
    </message>
    <message>
        <source>%1 of %2 target fields mapped</source>
        <translation>%1 champs cibles mappés sur %2</translation>
    </message>
    <message>
        <source>required but not mapped: %1</source>
        <translation>obligatoire mais non mappé : %1</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>pas de clé</translation>
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
        <translation>mêmes noms</translation>
    </message>
    <message>
        <source>1 field</source>
        <translation>1 champ</translation>
    </message>
    <message>
        <source>%1 fields</source>
        <translation>%1 champs</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mappage</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Used by jobs</source>
        <translation>Utilisé par les tâches</translation>
    </message>
</context>
<context>
    <name>Syncline::MappingPreview</name>
    <message>
        <source>No key: mark the target field or fields that identify a row.</source>
        <translation>Pas de clé : marquez le ou les champs cibles qui identifient une ligne.</translation>
    </message>
    <message>
        <source>No row of %1 with %2 = %3</source>
        <translation>Aucune ligne de %1 avec %2 = %3</translation>
    </message>
    <message>
        <source>Filtered out: the row filter is false for this row, so nothing is written.</source>
        <translation>Exclue : le filtre de lignes est faux pour cette ligne, rien n&apos;est donc écrit.</translation>
    </message>
</context>
<context>
    <name>Syncline::MappingsView</name>
    <message>
        <source>Delete this mapping (Del)</source>
        <translation>Supprimer ce mappage (Suppr)</translation>
    </message>
    <message>
        <source>Loading the workspace…</source>
        <translation>Chargement de l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>No mappings yet.</source>
        <translation>Aucun mappage pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Reading the tables of %1…</source>
        <translation>Lecture des tables de %1…</translation>
    </message>
    <message>
        <source>%1.%2 and %3.%4</source>
        <extracomment>source endpoint.entity, target endpoint.entity</extracomment>
        <translation>%1.%2 et %3.%4</translation>
    </message>
    <message>
        <source>The mapping names an endpoint the workspace does not have.</source>
        <translation>Le mappage indique un point de terminaison absent de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>Impossible d&apos;ouvrir %1.</translation>
    </message>
    <message>
        <source>Cannot read the tables of %1.</source>
        <translation>Impossible de lire les tables de %1.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to the mapping %1?</source>
        <translation>Abandonner les modifications non enregistrées du mappage %1 ?</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Saved mapping %1.</source>
        <translation>Mappage %1 enregistré.</translation>
    </message>
    <message>
        <source>Delete mapping</source>
        <translation>Supprimer le mappage</translation>
    </message>
    <message>
        <source>Delete the mapping %1 from the workspace?

Its tables are not touched.</source>
        <translation>Supprimer le mappage %1 de l&apos;espace de travail ?

Ses tables ne sont pas modifiées.</translation>
    </message>
    <message>
        <source>Deleted mapping %1.</source>
        <translation>Mappage %1 supprimé.</translation>
    </message>
    <message>
        <source>%1.%2 → %3.%4</source>
        <extracomment>source endpoint.entity → target endpoint.entity</extracomment>
        <translation>%1.%2 → %3.%4</translation>
    </message>
    <message>
        <source>%1 · no job runs it</source>
        <translation>%1 · aucune tâche ne l&apos;exécute</translation>
    </message>
    <message>
        <source>%1 · run by %2</source>
        <translation>%1 · exécuté par %2</translation>
    </message>
    <message>
        <source>A mapping says how rows of a source table become rows of a target table: the key, and where each target field&apos;s value comes from. Create one with New (Ctrl+N), import mappings with &lt;code&gt;synclinectl import FILE.json&lt;/code&gt;, or create the demo with &lt;code&gt;synclinectl demo&lt;/code&gt;.</source>
        <translation>Un mappage indique comment les lignes d&apos;une table source deviennent des lignes d&apos;une table cible : la clé, et d&apos;où vient la valeur de chaque champ cible. Créez-en un avec Nouveau (Ctrl+N), importez des mappages avec &lt;code&gt;synclinectl import FICHIER.json&lt;/code&gt;, ou créez la démo avec &lt;code&gt;synclinectl demo&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>%1.%2 → %3.%4 · new, not saved yet</source>
        <extracomment>source endpoint.entity → target endpoint.entity</extracomment>
        <translation>%1.%2 → %3.%4 · nouveau, pas encore enregistré</translation>
    </message>
    <message numerus="yes">
        <source>Auto-map mapped %n field(s). Save to add the mapping to the workspace.</source>
        <translation>
            <numerusform>Le mappage automatique a mappé %n champ. Enregistrez pour ajouter le mappage à l&apos;espace de travail.</numerusform>
            <numerusform>Le mappage automatique a mappé %n champs. Enregistrez pour ajouter le mappage à l&apos;espace de travail.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Syncline::MetricChart</name>
    <message>
        <source>No runs in this range</source>
        <translation>Aucune exécution sur cette période</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;%3</source>
        <extracomment>series name, value, time; then how to open the run</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; : %2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>&lt;br&gt;Run %1 · click to open it</source>
        <translation>&lt;br&gt;Exécution %1 · cliquez pour l&apos;ouvrir</translation>
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
        <translation>Le point de terminaison %1 n&apos;a aucune table.</translation>
    </message>
    <message>
        <source>%1 (~%L2 rows)</source>
        <extracomment>table name (estimated row count)</extracomment>
        <translation>%1 (~%L2 lignes)</translation>
    </message>
    <message>
        <source>Reading the tables…</source>
        <translation>Lecture des tables…</translation>
    </message>
    <message>
        <source>Name the mapping.</source>
        <translation>Donnez un nom au mappage.</translation>
    </message>
    <message>
        <source>The workspace already has a mapping named %1.</source>
        <translation>L&apos;espace de travail a déjà un mappage nommé %1.</translation>
    </message>
    <message>
        <source>The workspace has no endpoints: add one in the Endpoints view first.</source>
        <translation>L&apos;espace de travail n&apos;a aucun point de terminaison : ajoutez-en d&apos;abord un dans la vue Points de terminaison.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>Reading the tables of the %1 endpoint…</source>
        <extracomment>side is &quot;source&quot; or &quot;target&quot;</extracomment>
        <translation>Lecture des tables du point de terminaison %1…</translation>
    </message>
    <message>
        <source>Cannot list the tables of the %1 endpoint: %2</source>
        <translation>Impossible de lister les tables du point de terminaison %1 : %2</translation>
    </message>
    <message>
        <source>Choose the source and the target table.</source>
        <translation>Choisissez la table source et la table cible.</translation>
    </message>
    <message>
        <source>The source and the target are the same table.</source>
        <translation>La source et la cible sont la même table.</translation>
    </message>
</context>
<context>
    <name>Syncline::PlannedChangesModel</name>
    <message>
        <source>Insert</source>
        <translation>Insertion</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>(target not read)</source>
        <translation>(cible non lue)</translation>
    </message>
    <message>
        <source>An incremental run compares the source with what was last synced, so it does not read the target&apos;s current values. A full run does.</source>
        <translation>Une exécution incrémentale compare la source avec la dernière synchronisation et ne lit donc pas les valeurs actuelles de la cible. Une exécution complète le fait.</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <extracomment>field = value, in the one-line preview of a planned change</extracomment>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>1 field changes</source>
        <translation>1 champ change</translation>
    </message>
    <message>
        <source>%1 fields change</source>
        <translation>%1 champs changent</translation>
    </message>
    <message>
        <source>Change / field</source>
        <translation>Modification / champ</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Before (target now)</source>
        <translation>Avant (cible actuelle)</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>Syncline::PreferencesDialog</name>
    <message>
        <source>System (%1)</source>
        <extracomment>the language setting that follows the desktop; %1 is that language&apos;s own name</extracomment>
        <translation>Système (%1)</translation>
    </message>
    <message>
        <source>Default Workspace</source>
        <translation>Espace de travail par défaut</translation>
    </message>
    <message>
        <source>Syncline workspaces (*.db);;All files (*)</source>
        <translation>Espaces de travail Syncline (*.db);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Syncline::PreviewModel</name>
    <message>
        <source>%1 (filtered out)</source>
        <translation>%1 (exclue)</translation>
    </message>
    <message>
        <source>Filtered out: the row filter is false for this row, so nothing is written.</source>
        <translation>Exclue : le filtre de lignes est faux pour cette ligne, rien n&apos;est donc écrit.</translation>
    </message>
    <message>
        <source>Source row %1</source>
        <translation>Ligne source %1</translation>
    </message>
    <message>
        <source>Source row</source>
        <translation>Ligne source</translation>
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
        <translation>Clé</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Database message</source>
        <translation>Message de la base de données</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
</context>
<context>
    <name>Syncline::RemoveRuleCommand</name>
    <message>
        <source>Remove the validation rule for %1</source>
        <translation>Supprimer la règle de validation de %1</translation>
    </message>
</context>
<context>
    <name>Syncline::RowRules</name>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>Row filter: %1</source>
        <translation>Filtre de lignes : %1</translation>
    </message>
    <message>
        <source>Validation rule for &apos;%1&apos;: the field is not mapped.</source>
        <translation>Règle de validation de « %1 » : le champ n&apos;est pas mappé.</translation>
    </message>
    <message>
        <source>Validation rule for &apos;%1&apos;: %2</source>
        <translation>Règle de validation de « %1 » : %2</translation>
    </message>
    <message>
        <source>Validation rule for &apos;%1&apos;: invalid regular expression: %2</source>
        <translation>Règle de validation de « %1 » : expression régulière invalide : %2</translation>
    </message>
    <message>
        <source>Validation rule for &apos;%1&apos;: references: no reference connections here</source>
        <translation>Règle de validation de « %1 » : références : aucune connexion aux tables de référence ici</translation>
    </message>
    <message>
        <source>Validation rule for &apos;%1&apos;: references: %2</source>
        <translation>Règle de validation de « %1 » : références : %2</translation>
    </message>
    <message>
        <source>required: the value is empty</source>
        <translation>obligatoire : la valeur est vide</translation>
    </message>
    <message>
        <source>type %1: %2</source>
        <translation>type %1 : %2</translation>
    </message>
    <message>
        <source>min %1: %2</source>
        <translation>min. %1 : %2</translation>
    </message>
    <message>
        <source>max %1: %2</source>
        <translation>max. %1 : %2</translation>
    </message>
    <message>
        <source>less than the minimum %1</source>
        <translation>inférieur au minimum %1</translation>
    </message>
    <message>
        <source>greater than the maximum %1</source>
        <translation>supérieur au maximum %1</translation>
    </message>
    <message>
        <source>does not match /%1/</source>
        <translation>ne correspond pas à /%1/</translation>
    </message>
    <message>
        <source>references %1: %2</source>
        <translation>référence %1 : %2</translation>
    </message>
    <message>
        <source>not found in %1</source>
        <translation>introuvable dans %1</translation>
    </message>
    <message>
        <source>Rule for &apos;%1&apos;: %2</source>
        <translation>Règle de « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>Syncline::RuleListModel</name>
    <message>
        <source>Must not be empty</source>
        <translation>Ne doit pas être vide</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
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
        <translation>Motif</translation>
    </message>
    <message>
        <source>Must exist in</source>
        <translation>Doit exister dans</translation>
    </message>
</context>
<context>
    <name>Syncline::RunHistoryModel</name>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Insérées</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimées</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangées</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>En quarantaine</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>Syncline::RunText</name>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Running (dry run)</source>
        <translation>En cours (simulation)</translation>
    </message>
    <message>
        <source>Succeeded (dry run)</source>
        <translation>Réussie (simulation)</translation>
    </message>
    <message>
        <source>Failed (dry run)</source>
        <translation>En échec (simulation)</translation>
    </message>
    <message>
        <source>Cancelled (dry run)</source>
        <translation>Annulée (simulation)</translation>
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
        <translation>%1 lignes · %2 lignes/s · reste %3</translation>
    </message>
    <message>
        <source>%1 rows · %2 rows/s</source>
        <extracomment>rows read · rows per second</extracomment>
        <translation>%1 lignes · %2 lignes/s</translation>
    </message>
</context>
<context>
    <name>Syncline::RunsView</name>
    <message>
        <source>Run the selected run&apos;s job again</source>
        <translation>Relancer la tâche de l&apos;exécution sélectionnée</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>Aucune exécution pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Every run of a job is listed here with its counts, timings and errors, and the rows its target rejected. Run a job from the Jobs page (F5).</source>
        <translation>Chaque exécution d&apos;une tâche est listée ici avec ses compteurs, durées et erreurs, et les lignes rejetées par sa cible. Lancez une tâche depuis la vue Tâches (F5).</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Dry runs</source>
        <translation>Simulations</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Toutes les tâches</translation>
    </message>
    <message>
        <source>No run selected.</source>
        <translation>Aucune exécution sélectionnée.</translation>
    </message>
    <message>
        <source>Select a run to see its counts, timings and errors.</source>
        <translation>Sélectionnez une exécution pour voir ses compteurs, durées et erreurs.</translation>
    </message>
    <message>
        <source>Reading the quarantine…</source>
        <translation>Lecture de la quarantaine…</translation>
    </message>
    <message>
        <source>Cannot read this run&apos;s details: %1</source>
        <translation>Impossible de lire les détails de cette exécution : %1</translation>
    </message>
    <message>
        <source>Run</source>
        <extracomment>run id · job · status</extracomment>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Rows read</source>
        <extracomment>rows read from the source · from the target</extracomment>
        <translation>Lignes lues</translation>
    </message>
    <message>
        <source>%1 from the source · %2 from the target</source>
        <translation>%1 de la source · %2 de la cible</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
    <message>
        <source>%1 inserted · %2 updated · %3 deleted · %4 unchanged</source>
        <translation>%1 insérées · %2 mises à jour · %3 supprimées · %4 inchangées</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <source>%1 quarantined · %2 conflicts</source>
        <translation>%1 en quarantaine · %2 conflits</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 lignes/s</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>The job %1 no longer exists</source>
        <translation>La tâche %1 n&apos;existe plus</translation>
    </message>
    <message>
        <source>%1 is running</source>
        <translation>%1 est en cours</translation>
    </message>
    <message>
        <source>1 run</source>
        <translation>1 exécution</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 exécutions</translation>
    </message>
    <message>
        <source>%1 of %2 runs</source>
        <extracomment>runs loaded so far (more load as the table scrolls), runs matching the filters</extracomment>
        <translation>%1 exécutions sur %2</translation>
    </message>
    <message>
        <source>Cannot read the run history: %1</source>
        <translation>Impossible de lire l&apos;historique des exécutions : %1</translation>
    </message>
    <message>
        <source>No row of this run was quarantined.</source>
        <translation>Aucune ligne de cette exécution n&apos;a été mise en quarantaine.</translation>
    </message>
    <message>
        <source>The first %1 quarantined rows (rejected by the target or by a validation rule), with their messages:</source>
        <translation>Les %1 premières lignes en quarantaine (rejetées par la cible ou par une règle de validation), avec leurs messages :</translation>
    </message>
    <message>
        <source>1 quarantined row (rejected by the target or by a validation rule), with its message:</source>
        <translation>1 ligne en quarantaine (rejetée par la cible ou par une règle de validation), avec son message :</translation>
    </message>
    <message>
        <source>%1 quarantined rows (rejected by the target or by a validation rule), with their messages:</source>
        <translation>%1 lignes en quarantaine (rejetées par la cible ou par une règle de validation), avec leurs messages :</translation>
    </message>
    <message>
        <source>Filtered out</source>
        <translation>Exclues</translation>
    </message>
    <message>
        <source>%1 rows (the mapping&apos;s row filter left them alone)</source>
        <translation>%1 lignes (le filtre de lignes du mappage les a laissées de côté)</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>p50 %1 · p95 %2 · max %3 (%4 changes)</source>
        <translation>p50 %1 · p95 %2 · max %3 (%4 modifications)</translation>
    </message>
</context>
<context>
    <name>Syncline::SchemaModel</name>
    <message>
        <source>An estimate from the database&apos;s statistics</source>
        <translation>Une estimation tirée des statistiques de la base de données</translation>
    </message>
    <message>
        <source>not described</source>
        <translation>non décrite</translation>
    </message>
    <message>
        <source>1 column</source>
        <translation>1 colonne</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>%1 colonnes</translation>
    </message>
    <message>
        <source>no primary key</source>
        <translation>pas de clé primaire</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>(none declared)</source>
        <translation>(aucun déclaré)</translation>
    </message>
    <message>
        <source>primary key (%1 of %2)</source>
        <translation>clé primaire (%1 sur %2)</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>clé primaire</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>unique</translation>
    </message>
    <message>
        <source>NOT NULL</source>
        <translation>NOT NULL</translation>
    </message>
    <message>
        <source>nullable</source>
        <translation>NULL autorisé</translation>
    </message>
    <message>
        <source>Table / column</source>
        <translation>Table / colonne</translation>
    </message>
    <message>
        <source>Declared type</source>
        <translation>Type déclaré</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Null</source>
        <translation>Null</translation>
    </message>
    <message>
        <source>Rows (est.)</source>
        <translation>Lignes (est.)</translation>
    </message>
</context>
<context>
    <name>Syncline::ScreenshotTour</name>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation>impossible de créer un dossier temporaire : %1</translation>
    </message>
    <message>
        <source>%1: cannot create the directory</source>
        <translation>%1 : impossible de créer le dossier</translation>
    </message>
    <message>
        <source>the workspace did not load</source>
        <translation>l&apos;espace de travail ne s&apos;est pas chargé</translation>
    </message>
    <message>
        <source>%1: cannot write the image</source>
        <translation>%1 : impossible d&apos;écrire l&apos;image</translation>
    </message>
    <message>
        <source>the dry run did not finish</source>
        <translation>la simulation ne s&apos;est pas terminée</translation>
    </message>
</context>
<context>
    <name>Syncline::SetFilterCommand</name>
    <message>
        <source>Remove the row filter</source>
        <translation>Supprimer le filtre de lignes</translation>
    </message>
    <message>
        <source>Change the row filter</source>
        <translation>Modifier le filtre de lignes</translation>
    </message>
</context>
<context>
    <name>Syncline::SetKeyCommand</name>
    <message>
        <source>Set the key to %1</source>
        <translation>Définir la clé sur %1</translation>
    </message>
</context>
<context>
    <name>Syncline::SourceFieldModel</name>
    <message>
        <source>%1: %2 (read as %3)</source>
        <translation>%1 : %2 (lu comme %3)</translation>
    </message>
    <message>
        <source>no declared type</source>
        <translation>aucun type déclaré</translation>
    </message>
    <message>
        <source>Part of the primary key</source>
        <translation>Fait partie de la clé primaire</translation>
    </message>
    <message>
        <source>NOT NULL</source>
        <translation>NOT NULL</translation>
    </message>
    <message numerus="yes">
        <source>Read by %n target field(s)</source>
        <translation>
            <numerusform>Lu par %n champ cible</numerusform>
            <numerusform>Lu par %n champs cibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read by the mapping; drag it onto a target field</source>
        <translation>Non lu par le mappage ; faites-le glisser sur un champ cible</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>Champ source</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>Syncline::TargetFieldModel</name>
    <message>
        <source>← %1 as %2</source>
        <translation>← %1 en %2</translation>
    </message>
    <message>
        <source>← %1 via %2.%3</source>
        <translation>← %1 via %2.%3</translation>
    </message>
    <message>
        <source>not mapped</source>
        <translation>non mappé</translation>
    </message>
    <message>
        <source>%1: %2 (written as %3)</source>
        <translation>%1 : %2 (écrit comme %3)</translation>
    </message>
    <message>
        <source>no declared type</source>
        <translation>aucun type déclaré</translation>
    </message>
    <message>
        <source>Required: NOT NULL without a default.</source>
        <translation>Obligatoire : NOT NULL sans valeur par défaut.</translation>
    </message>
    <message>
        <source>Not mapped: inserting rows will fail. Drag a source field here.</source>
        <translation>Non mappé : l&apos;insertion de lignes échouera. Faites glisser un champ source ici.</translation>
    </message>
    <message>
        <source>Part of the mapping&apos;s key.</source>
        <translation>Fait partie de la clé du mappage.</translation>
    </message>
    <message>
        <source>The target fields that identify a row</source>
        <translation>Les champs cibles qui identifient une ligne</translation>
    </message>
    <message>
        <source>* marks required fields (NOT NULL without a default)</source>
        <translation>* signale les champs obligatoires (NOT NULL sans valeur par défaut)</translation>
    </message>
    <message>
        <source>Target field</source>
        <translation>Champ cible</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value from</source>
        <translation>Valeur issue de</translation>
    </message>
</context>
<context>
    <name>Syncline::TransformEditor</name>
    <message>
        <source>Not mapped</source>
        <translation>Non mappé</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>Champ source</translation>
    </message>
    <message>
        <source>Source field, converted</source>
        <translation>Champ source, converti</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Constante</translation>
    </message>
    <message>
        <source>JavaScript expression</source>
        <translation>Expression JavaScript</translation>
    </message>
    <message>
        <source>Lookup in a reference table</source>
        <translation>Recherche dans une table de référence</translation>
    </message>
    <message>
        <source>Select a target field or a line to edit its transform.</source>
        <translation>Sélectionnez un champ cible ou une ligne pour modifier sa transformation.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>Drag a source field onto this field, or choose where its value comes from.</source>
        <translation>Faites glisser un champ source sur ce champ, ou choisissez d&apos;où vient sa valeur.</translation>
    </message>
    <message>
        <source>Copies the source value, converted to the field&apos;s type (%1).</source>
        <translation>Copie la valeur source, convertie dans le type du champ (%1).</translation>
    </message>
    <message>
        <source>Converts the source value to the chosen type before it is compared and written. Values that do not convert fail the row.</source>
        <translation>Convertit la valeur source dans le type choisi avant comparaison et écriture. Les valeurs non convertibles font échouer la ligne.</translation>
    </message>
    <message>
        <source>Every row gets this value. Type text, a number, &lt;tt&gt;true&lt;/tt&gt;, &lt;tt&gt;false&lt;/tt&gt; or &lt;tt&gt;null&lt;/tt&gt;; quote text that looks like one of them.</source>
        <translation>Chaque ligne reçoit cette valeur. Saisissez du texte, un nombre, &lt;tt&gt;true&lt;/tt&gt;, &lt;tt&gt;false&lt;/tt&gt; ou &lt;tt&gt;null&lt;/tt&gt; ; mettez entre guillemets un texte qui ressemble à l&apos;un d&apos;eux.</translation>
    </message>
    <message>
        <source>JavaScript over &lt;tt&gt;row&lt;/tt&gt;, the source row, e.g. &lt;tt&gt;row.first_name + &apos; &apos; + row.last_name&lt;/tt&gt;. The result is converted to %1. Drag source fields into the editor to insert them.</source>
        <translation>JavaScript sur &lt;tt&gt;row&lt;/tt&gt;, la ligne source, par ex. &lt;tt&gt;row.first_name + &apos; &apos; + row.last_name&lt;/tt&gt;. Le résultat est converti en %1. Faites glisser des champs source dans l&apos;éditeur pour les insérer.</translation>
    </message>
    <message>
        <source>Finds the row of the reference table whose match column equals the source value and takes its value column. A source value with no such row quarantines the row, naming the value.</source>
        <translation>Trouve la ligne de la table de référence dont la colonne de correspondance égale la valeur source et prend sa colonne de valeur. Une valeur source sans telle ligne met la ligne en quarantaine, en nommant la valeur.</translation>
    </message>
    <message>
        <source>%1 Drag a source field onto it, or choose where its value comes from.</source>
        <extracomment>%1 is &quot;Required, but not mapped: inserts will fail.&quot;, shown in red</extracomment>
        <translation>%1 Faites-y glisser un champ source, ou choisissez d&apos;où vient sa valeur.</translation>
    </message>
    <message>
        <source>Required, but not mapped: inserts will fail.</source>
        <translation>Obligatoire, mais non mappé : les insertions échoueront.</translation>
    </message>
</context>
<context>
    <name>Syncline::ValidationRuleEditor</name>
    <message>
        <source>(any)</source>
        <translation>(quelconque)</translation>
    </message>
    <message>
        <source>(not checked)</source>
        <translation>(non vérifié)</translation>
    </message>
    <message>
        <source>%1 (not mapped)</source>
        <translation>%1 (non mappé)</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (inconnu)</translation>
    </message>
</context>
<context>
    <name>TransformEditor</name>
    <message>
        <source>Select a target field or a line to edit its transform.</source>
        <translation>Sélectionnez un champ cible ou une ligne pour modifier sa transformation.</translation>
    </message>
    <message>
        <source>&amp;Value from</source>
        <translation>&amp;Valeur issue de</translation>
    </message>
    <message>
        <source>&amp;Source field</source>
        <translation>Champ &amp;source</translation>
    </message>
    <message>
        <source>Convert &amp;to</source>
        <translation>Convertir &amp;en</translation>
    </message>
    <message>
        <source>Precision: digits in all</source>
        <translation>Précision : nombre total de chiffres</translation>
    </message>
    <message>
        <source>Scale: digits after the decimal point</source>
        <translation>Échelle : chiffres après la virgule</translation>
    </message>
    <message>
        <source>&amp;Constant</source>
        <translation>&amp;Constante</translation>
    </message>
    <message>
        <source>text, 42, true or null</source>
        <translation>texte, 42, true ou null</translation>
    </message>
    <message>
        <source>E&amp;xpression</source>
        <translation>E&amp;xpression</translation>
    </message>
    <message>
        <source>Insert source field</source>
        <translation>Insérer un champ source</translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation>&amp;Point de terminaison</translation>
    </message>
    <message>
        <source>Reference &amp;table</source>
        <translation>&amp;Table de référence</translation>
    </message>
    <message>
        <source>&amp;Match column</source>
        <translation>Colonne de &amp;correspondance</translation>
    </message>
    <message>
        <source>Value co&amp;lumn</source>
        <translation>Co&amp;lonne de valeur</translation>
    </message>
    <message>
        <source>Where the selected target field&apos;s value comes from</source>
        <translation>D&apos;où vient la valeur du champ cible sélectionné</translation>
    </message>
    <message>
        <source>Chooses how the selected target field gets its value: copied from a source field, a source field converted to another type, a constant, a JavaScript expression over the source row, or a lookup in a reference table. Not mapped leaves the field out: runs do not write it, so inserts fail when the column is required and has no default. Only plain and converted source fields flow back: two-way jobs carry the others from source to target only, and pull jobs refuse them.</source>
        <translation>Choisit comment le champ cible sélectionné reçoit sa valeur : copiée d&apos;un champ source, d&apos;un champ source converti dans un autre type, une constante, une expression JavaScript sur la ligne source, ou une recherche dans une table de référence. Non mappé laisse le champ de côté : les exécutions ne l&apos;écrivent pas, et les insertions échouent donc si la colonne est obligatoire et sans valeur par défaut. Seuls les champs source, tels quels ou convertis, refluent : les tâches bidirectionnelles ne transmettent les autres que de la source vers la cible, et les tâches pull les refusent.</translation>
    </message>
    <message>
        <source>The source column the value is read from, shown with its type</source>
        <translation>La colonne source dont la valeur est lue, avec son type</translation>
    </message>
    <message>
        <source>The column of the source entity that this target field takes its value from, shown with the type read from the source. Its value is used as is (Source field), converted to the chosen type (Source field, converted), or looked up in the reference table (Lookup). Dragging a source field onto the target field chooses it too.</source>
        <translation>La colonne de l&apos;entité source dont ce champ cible prend la valeur, avec le type lu dans la source. Sa valeur est utilisée telle quelle (Champ source), convertie dans le type choisi (Champ source, converti) ou recherchée dans la table de référence (Recherche). Faire glisser un champ source sur le champ cible le choisit aussi.</translation>
    </message>
    <message>
        <source>The type the source value is converted to before it is compared and written</source>
        <translation>Le type dans lequel la valeur source est convertie avant d&apos;être comparée et écrite</translation>
    </message>
    <message>
        <source>Converts the source value to this type before it is hashed, compared and written, e.g. the text &quot;42&quot; to integer, or a text column to decimal with precision 18 and scale 4 to keep exact digits. boolean reads true/false, 1/0, yes/no, on/off; timestamptz is kept in UTC. A value that does not convert stops the run with an error naming the row&apos;s key and the field.</source>
        <translation>Convertit la valeur source dans ce type avant qu&apos;elle soit hachée, comparée et écrite, par ex. le texte &quot;42&quot; en integer, ou une colonne texte en decimal de précision 18 et d&apos;échelle 4 pour garder des chiffres exacts. boolean lit true/false, 1/0, yes/no, on/off ; timestamptz est conservé en UTC. Une valeur qui ne se convertit pas arrête l&apos;exécution avec une erreur qui nomme la clé de la ligne et le champ.</translation>
    </message>
    <message>
        <source>For decimal: how many digits the number has in all, before and after the decimal point (1 to 38). With precision 18 and scale 4 a value may have up to 14 digits before the point; a value with more does not convert and stops the run.</source>
        <translation>Pour decimal : combien de chiffres le nombre a au total, avant et après la virgule (de 1 à 38). Avec une précision de 18 et une échelle de 4, une valeur peut avoir jusqu&apos;à 14 chiffres avant la virgule ; une valeur qui en a plus ne se convertit pas et arrête l&apos;exécution.</translation>
    </message>
    <message>
        <source>For decimal: how many digits follow the decimal point (0 to 38, at most the precision). Longer fractions are rounded half away from zero, e.g. 2.345 becomes 2.35 with scale 2; shorter ones are padded with zeros.</source>
        <translation>Pour decimal : combien de chiffres suivent la virgule (de 0 à 38, au plus la précision). Les parties décimales plus longues sont arrondies au plus proche, la moitié s&apos;éloignant de zéro, par ex. 2.345 devient 2.35 avec une échelle de 2 ; les plus courtes sont complétées par des zéros.</translation>
    </message>
    <message>
        <source>The value every row gets: text, a number, true, false or null</source>
        <translation>La valeur que reçoit chaque ligne : du texte, un nombre, true, false ou null</translation>
    </message>
    <message>
        <source>Every row gets this value for the target field. It is read like a JSON value: 42 is a number, true and false are booleans, null is NULL, anything else is text. Quote text that would read as one of them, e.g. &quot;42&quot; for the text 42. Left empty, the field gets an empty string, not NULL.</source>
        <translation>Chaque ligne reçoit cette valeur pour le champ cible. Elle est lue comme une valeur JSON : 42 est un nombre, true et false sont des booléens, null est NULL, tout le reste est du texte. Mettez entre guillemets un texte qui serait lu comme l&apos;un d&apos;eux, par ex. &quot;42&quot; pour le texte 42. Laissé vide, le champ reçoit une chaîne vide, pas NULL.</translation>
    </message>
    <message>
        <source>JavaScript over row, the source row; its result is the field&apos;s value</source>
        <translation>Du JavaScript sur row, la ligne source ; son résultat est la valeur du champ</translation>
    </message>
    <message>
        <source>A JavaScript expression computed for every source row; row holds the row&apos;s values by source column name, e.g. row.first_name + &apos; &apos; + row.last_name or row.amount * 1.19. The result is converted to the target field&apos;s type. A syntax error fails the run before it starts, and an error for one row stops the run, naming that row. Expressions only flow from source to target.</source>
        <translation>Une expression JavaScript calculée pour chaque ligne source ; row contient les valeurs de la ligne par nom de colonne source, par ex. row.first_name + &apos; &apos; + row.last_name ou row.amount * 1.19. Le résultat est converti dans le type du champ cible. Une erreur de syntaxe fait échouer l&apos;exécution avant son démarrage, et une erreur sur une ligne arrête l&apos;exécution en nommant cette ligne. Les expressions ne vont que de la source vers la cible.</translation>
    </message>
    <message>
        <source>The endpoint that holds the reference table</source>
        <translation>Le point de terminaison qui contient la table de référence</translation>
    </message>
    <message>
        <source>The endpoint whose table the lookup reads: any endpoint of the workspace, at first the mapping&apos;s source endpoint. Runs read the reference table by key through a connection of their own, behind a cache of 20,000 keys per run, so large reference tables stay cheap.</source>
        <translation>Le point de terminaison dont la recherche lit la table : n&apos;importe quel point de terminaison de l&apos;espace de travail, au départ le point de terminaison source du mappage. Les exécutions lisent la table de référence par clé via leur propre connexion, derrière un cache de 20 000 clés par exécution, si bien que les grandes tables de référence restent peu coûteuses.</translation>
    </message>
    <message>
        <source>The reference table the value is looked up in, e.g. countries</source>
        <translation>La table de référence dans laquelle la valeur est recherchée, par ex. countries</translation>
    </message>
    <message>
        <source>The table (or REST collection) that translates source values, named as on its endpoint, e.g. countries, or public.countries on PostgreSQL. A table the endpoint does not have fails the run before it starts.</source>
        <translation>La table (ou collection REST) qui traduit les valeurs source, nommée comme sur son point de terminaison, par ex. countries, ou public.countries sous PostgreSQL. Une table que le point de terminaison n&apos;a pas fait échouer l&apos;exécution avant son démarrage.</translation>
    </message>
    <message>
        <source>The reference table&apos;s column that must equal the source value</source>
        <translation>La colonne de la table de référence qui doit être égale à la valeur source</translation>
    </message>
    <message>
        <source>The column of the reference table compared with the source field&apos;s value, e.g. code when the source holds country codes; the source value is first converted to this column&apos;s type. A source value with no matching row quarantines the row, and a NULL source value gives NULL.</source>
        <translation>La colonne de la table de référence comparée avec la valeur du champ source, par ex. code quand la source contient des codes de pays ; la valeur source est d&apos;abord convertie dans le type de cette colonne. Une valeur source sans ligne correspondante met la ligne en quarantaine, et une valeur source NULL donne NULL.</translation>
    </message>
    <message>
        <source>The reference table&apos;s column whose value the target field takes</source>
        <translation>La colonne de la table de référence dont le champ cible prend la valeur</translation>
    </message>
    <message>
        <source>The column whose value, in the matching reference row, the target field gets, e.g. name to turn a country code into the country&apos;s name. It is converted to the target field&apos;s type. Lookup fields cannot be key fields.</source>
        <translation>La colonne dont la valeur, dans la ligne de référence correspondante, va au champ cible, par ex. name pour transformer un code de pays en nom de pays. Elle est convertie dans le type du champ cible. Les champs de recherche ne peuvent pas être des champs de clé.</translation>
    </message>
</context>
<context>
    <name>ValidationRuleEditor</name>
    <message>
        <source>&amp;Add rule</source>
        <translation>&amp;Ajouter une règle</translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation>&amp;Supprimer la règle</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>&amp;Field</source>
        <translation>&amp;Champ</translation>
    </message>
    <message>
        <source>Re&amp;quired (must not be empty)</source>
        <translation>O&amp;bligatoire (ne doit pas être vide)</translation>
    </message>
    <message>
        <source>Must be of &amp;type</source>
        <translation>Doit être de &amp;type</translation>
    </message>
    <message>
        <source>&amp;Range</source>
        <translation>&amp;Plage</translation>
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
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>A regular expression the value&apos;s text must contain a match of; anchor it with ^ and $ to match the whole value</source>
        <translation>Une expression régulière dont le texte de la valeur doit contenir une occurrence ; ancrez-la avec ^ et $ pour porter sur toute la valeur</translation>
    </message>
    <message>
        <source>Must e&amp;xist in</source>
        <translation>Doit e&amp;xister dans</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>column</source>
        <translation>colonne</translation>
    </message>
    <message>
        <source>The target field the rule checks</source>
        <translation>Le champ cible que la règle vérifie</translation>
    </message>
    <message>
        <source>The target field whose value, after its transform, this rule checks. A field marked (not mapped) gets no value from the mapping, and a rule on it fails every run before it starts. A row that breaks a rule is quarantined with a message naming its key, the rule and the field; its target row is left alone and the run goes on.</source>
        <translation>Le champ cible dont cette règle vérifie la valeur, après sa transformation. Un champ marqué (non mappé) ne reçoit aucune valeur du mappage, et une règle sur lui fait échouer chaque exécution avant son démarrage. Une ligne qui enfreint une règle est mise en quarantaine avec un message qui nomme sa clé, la règle et le champ ; sa ligne cible reste intacte et l&apos;exécution continue.</translation>
    </message>
    <message>
        <source>Quarantine rows where this field is NULL</source>
        <translation>Mettre en quarantaine les lignes où ce champ est NULL</translation>
    </message>
    <message>
        <source>Checked, a row whose value for this field is NULL (no value) breaks the rule and is quarantined instead of written. An empty string is a value and passes; add the pattern . (any character) to refuse it too.</source>
        <translation>Cochée, une ligne dont la valeur pour ce champ est NULL (aucune valeur) enfreint la règle et est mise en quarantaine au lieu d&apos;être écrite. Une chaîne vide est une valeur et passe ; ajoutez le motif . (n&apos;importe quel caractère) pour la refuser aussi.</translation>
    </message>
    <message>
        <source>The type the value must convert to, e.g. integer or date</source>
        <translation>Le type dans lequel la valeur doit pouvoir se convertir, par ex. integer ou date</translation>
    </message>
    <message>
        <source>Checks that the field&apos;s value, as text, converts to this type: integer, decimal, real, boolean, timestamp, timestamptz, date or text. A text field checked as integer, for example, refuses &quot;12a&quot;. (any) checks no type. NULL values pass; use Required for them.</source>
        <translation>Vérifie que la valeur du champ, sous forme de texte, se convertit dans ce type : integer, decimal, real, boolean, timestamp, timestamptz, date ou text. Un champ texte vérifié comme integer refuse par exemple &quot;12a&quot;. (quelconque) ne vérifie aucun type. Les valeurs NULL passent ; utilisez Obligatoire pour elles.</translation>
    </message>
    <message>
        <source>The smallest value allowed (inclusive); empty: no minimum</source>
        <translation>La plus petite valeur permise (incluse) ; vide : pas de minimum</translation>
    </message>
    <message>
        <source>The lowest value the field may have; the bound itself is allowed. A number compares numerically (18); any other bound is read in the field&apos;s type, e.g. 2024-01-01 for a date or timestamp field, and text fields compare as text. Empty means no lower bound; NULL values are not checked.</source>
        <translation>La plus petite valeur que le champ peut avoir ; la borne elle-même est permise. Un nombre se compare numériquement (18) ; toute autre borne est lue dans le type du champ, par ex. 2024-01-01 pour un champ date ou horodatage, et les champs texte se comparent comme du texte. Vide signifie pas de borne inférieure ; les valeurs NULL ne sont pas vérifiées.</translation>
    </message>
    <message>
        <source>The largest value allowed (inclusive); empty: no maximum</source>
        <translation>La plus grande valeur permise (incluse) ; vide : pas de maximum</translation>
    </message>
    <message>
        <source>The highest value the field may have; the bound itself is allowed. A number compares numerically (120); any other bound is read in the field&apos;s type, e.g. 2030-12-31 for a date field. Empty means no upper bound. A row above it is quarantined as &quot;greater than the maximum&quot;.</source>
        <translation>La plus grande valeur que le champ peut avoir ; la borne elle-même est permise. Un nombre se compare numériquement (120) ; toute autre borne est lue dans le type du champ, par ex. 2030-12-31 pour un champ date. Vide signifie pas de borne supérieure. Une ligne au-dessus est mise en quarantaine avec « supérieur au maximum ».</translation>
    </message>
    <message>
        <source>A Perl-compatible regular expression searched in the value&apos;s text: the row passes when the text contains a match. Anchor it to check the whole value, e.g. ^[A-Z]{2}$ for a two-letter country code; case matters. An invalid expression fails the run before it starts; NULL values are not checked.</source>
        <translation>Une expression régulière compatible Perl recherchée dans le texte de la valeur : la ligne passe quand le texte contient une correspondance. Ancrez-la pour vérifier toute la valeur, par ex. ^[A-Z]{2}$ pour un code de pays à deux lettres ; la casse compte. Une expression invalide fait échouer l&apos;exécution avant son démarrage ; les valeurs NULL ne sont pas vérifiées.</translation>
    </message>
    <message>
        <source>The endpoint whose table must contain the value; (not checked): no check</source>
        <translation>Le point de terminaison dont la table doit contenir la valeur ; (non vérifié) : pas de vérification</translation>
    </message>
    <message>
        <source>Referential check: the field&apos;s value must exist in a column of a table, on any endpoint of the workspace (for example the countries table of the CRM). Choose the endpoint here, then the table and the column; (not checked) turns the check off. Runs read the table by key behind a per-run cache, so large reference tables stay cheap.</source>
        <translation>Vérification référentielle : la valeur du champ doit exister dans une colonne d&apos;une table, sur n&apos;importe quel point de terminaison de l&apos;espace de travail (par exemple la table des pays du CRM). Choisissez ici le point de terminaison, puis la table et la colonne ; (non vérifié) désactive la vérification. Les exécutions lisent la table par clé derrière un cache par exécution, si bien que les grandes tables de référence restent peu coûteuses.</translation>
    </message>
    <message>
        <source>The table that holds the allowed values, e.g. public.countries</source>
        <translation>La table qui contient les valeurs permises, par ex. public.countries</translation>
    </message>
    <message>
        <source>The table (or REST collection) that holds the allowed values, named as on its endpoint, e.g. countries, or public.countries on PostgreSQL. A table the endpoint does not have fails the run before it starts.</source>
        <translation>La table (ou collection REST) qui contient les valeurs permises, nommée comme sur son point de terminaison, par ex. countries, ou public.countries sous PostgreSQL. Une table que le point de terminaison n&apos;a pas fait échouer l&apos;exécution avant son démarrage.</translation>
    </message>
    <message>
        <source>The column of that table the value must be found in, e.g. code</source>
        <translation>La colonne de cette table où la valeur doit se trouver, par ex. code</translation>
    </message>
    <message>
        <source>The column of the reference table the value is looked up in, e.g. code. A row whose value is not found there is quarantined as &quot;not found in endpoint.table.column&quot;; NULL values are not checked. A column the table does not have fails the run before it starts.</source>
        <translation>La colonne de la table de référence où la valeur est recherchée, par ex. code. Une ligne dont la valeur n&apos;y est pas trouvée est mise en quarantaine avec le message « introuvable dans », suivi de la table et de la colonne ; les valeurs NULL ne sont pas vérifiées. Une colonne que la table n&apos;a pas fait échouer l&apos;exécution avant son démarrage.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Syncline sync administration console</source>
        <translation>Syncline, console d&apos;administration des synchronisations</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>Renders the console&apos;s views over the demo workspace to PNG files.</source>
        <translation>Rend les vues de la console sur l&apos;espace de travail de démo dans des fichiers PNG.</translation>
    </message>
    <message>
        <source>Where to write dashboard.png, endpoints.png…</source>
        <translation>Où écrire dashboard.png, endpoints.png…</translation>
    </message>
    <message>
        <source>syncline-screenshots: %1</source>
        <translation>syncline-screenshots : %1</translation>
    </message>
    <message>
        <source>The workspace: a file, or a directory holding workspace.db (default: $SYNCLINE_WORKSPACE, else the one set in Preferences, else the user&apos;s data folder).</source>
        <translation>L&apos;espace de travail : un fichier, ou un dossier contenant workspace.db (par défaut : $SYNCLINE_WORKSPACE, sinon celui des préférences, sinon le dossier de données de l&apos;utilisateur).</translation>
    </message>
    <message>
        <source>Render with the Fusion style and a dark palette.</source>
        <translation>Rendre avec le style Fusion et une palette sombre.</translation>
    </message>
    <message>
        <source>Scale the console by FACTOR, as QT_SCALE_FACTOR does.</source>
        <translation>Mettre la console à l&apos;échelle FACTEUR, comme QT_SCALE_FACTOR.</translation>
    </message>
    <message>
        <source>FACTOR</source>
        <translation>FACTEUR</translation>
    </message>
    <message>
        <source>Grab only VIEW, into NAME.png (repeatable).</source>
        <translation>Ne capturer que VUE, dans NOM.png (répétable).</translation>
    </message>
    <message>
        <source>VIEW=NAME</source>
        <translation>VUE=NOM</translation>
    </message>
</context>
</TS>
