<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>hvbench::CleanupCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/cleanupcommand.cpp" line="+80"/>
        <source>Remove %n object(s)? [y/N] </source>
        <translation>
            <numerusform>Remove %n object? [y/N] </numerusform>
            <numerusform>Remove %n objects? [y/N] </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n object(s) could not be removed.</source>
        <translation>
            <numerusform>%n object could not be removed.</numerusform>
            <numerusform>%n objects could not be removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hvbench::HostConnection</name>
    <message numerus="yes">
        <location filename="../core/virt/hostconnection.cpp" line="+207"/>
        <source>The connection to %1 was lost (%2) and reconnecting failed: %3 Next try in %n s.</source>
        <translation>
            <numerusform>The connection to %1 was lost (%2) and reconnecting failed: %3 Next try in %n s.</numerusform>
            <numerusform>The connection to %1 was lost (%2) and reconnecting failed: %3 Next try in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>The connection to %1 was lost (%2). Reconnecting in %n s…</source>
        <translation>
            <numerusform>The connection to %1 was lost (%2). Reconnecting in %n s…</numerusform>
            <numerusform>The connection to %1 was lost (%2). Reconnecting in %n s…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hvbench::ImportCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/importcommand.cpp" line="+331"/>
        <source>%n result(s) added to %1</source>
        <translation>
            <numerusform>%n result added to %1</numerusform>
            <numerusform>%n results added to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> (%n in all).</source>
        <translation>
            <numerusform> (%n in all).</numerusform>
            <numerusform> (%n in all).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hvbench::LeftoversPrompt</name>
    <message numerus="yes">
        <location filename="../ui/leftoversprompt.cpp" line="+16"/>
        <source>%n object(s) on %1 were created by an hvbench run that did not finish (it crashed or was killed). Remove them?</source>
        <translation>
            <numerusform>%n object on %1 was created by an hvbench run that did not finish (it crashed or was killed). Remove it?</numerusform>
            <numerusform>%n objects on %1 were created by an hvbench run that did not finish (it crashed or was killed). Remove them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Removing %n leftover object(s) …</source>
        <translation>
            <numerusform>Removing %n leftover object …</numerusform>
            <numerusform>Removing %n leftover objects …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Removed %n leftover object(s).</source>
        <translation>
            <numerusform>Removed %n leftover object.</numerusform>
            <numerusform>Removed %n leftover objects.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hvbench::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+294"/>
        <source>Opened %1 (%n result(s))</source>
        <translation>
            <numerusform>Opened %1 (%n result)</numerusform>
            <numerusform>Opened %1 (%n results)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hvbench::MatrixPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/matrixpage.cpp" line="+192"/>
        <source>VM specs in the matrix: all %n of the session&apos;s (%1). Edit them on the VM specs page.</source>
        <translation>
            <numerusform>VM specs in the matrix: the session&apos;s %n spec (%1). Edit it on the VM specs page.</numerusform>
            <numerusform>VM specs in the matrix: all %n of the session&apos;s (%1). Edit them on the VM specs page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>The preset &quot;%1&quot; also defines %n VM spec(s) (%2). Replace the session&apos;s %3 VM spec(s) with them, or keep yours and take only its benchmarks and matrix?</source>
        <translation>
            <numerusform>The preset &quot;%1&quot; also defines %n VM spec (%2). Replace the session&apos;s %3 VM spec(s) with it, or keep yours and take only its benchmarks and matrix?</numerusform>
            <numerusform>The preset &quot;%1&quot; also defines %n VM specs (%2). Replace the session&apos;s %3 VM spec(s) with them, or keep yours and take only its benchmarks and matrix?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>&lt;b&gt;%n cell(s)&lt;/b&gt; will run</source>
        <translation>
            <numerusform>&lt;b&gt;%n cell&lt;/b&gt; will run</numerusform>
            <numerusform>&lt;b&gt;%n cells&lt;/b&gt; will run</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> (%n skipped)</source>
        <translation>
            <numerusform> (%n skipped)</numerusform>
            <numerusform> (%n skipped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, &lt;b&gt;%n benchmark run(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>, &lt;b&gt;%n benchmark run&lt;/b&gt;</numerusform>
            <numerusform>, &lt;b&gt;%n benchmark runs&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>. Estimated duration: &lt;b&gt;≈ %1&lt;/b&gt; (benchmarks %2 + %n cell visit(s) starting and stopping VMs %3)</source>
        <translation>
            <numerusform>. Estimated duration: &lt;b&gt;≈ %1&lt;/b&gt; (benchmarks %2 + %n cell visit starting and stopping VMs %3)</numerusform>
            <numerusform>. Estimated duration: &lt;b&gt;≈ %1&lt;/b&gt; (benchmarks %2 + %n cell visits starting and stopping VMs %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n row(s) use the wall times this session recorded with the same parameters.</source>
        <translation>
            <numerusform>%n row uses the wall times this session recorded with the same parameters.</numerusform>
            <numerusform>%n rows use the wall times this session recorded with the same parameters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hvbench::MatrixPreviewModel</name>
    <message numerus="yes">
        <location filename="../core/run/matrixpreviewmodel.cpp" line="+109"/>
        <source>Recorded: %1 per round (mean of %n recorded round(s), the slowest guest of each).</source>
        <translation>
            <numerusform>Recorded: %1 per round (mean of %n recorded round, the slowest guest of each).</numerusform>
            <numerusform>Recorded: %1 per round (mean of %n recorded rounds, the slowest guest of each).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hvbench::Report</name>
    <message numerus="yes">
        <location filename="../core/io/reporthtml.cpp" line="+146"/>
        <source>Session %1, host %2, %n result(s)</source>
        <translation>
            <numerusform>Session %1, host %2, %n result</numerusform>
            <numerusform>Session %1, host %2, %n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hvbench::RunPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/runpage.cpp" line="+263"/>
        <source>This session already holds %n result(s). Running again replaces them in the open session (a saved file keeps them until you save).</source>
        <translation>
            <numerusform>This session already holds %n result. Running again replaces it in the open session (a saved file keeps it until you save).</numerusform>
            <numerusform>This session already holds %n results. Running again replaces them in the open session (a saved file keeps them until you save).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Cells: %2 — %n round(s) each, host %3</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Cells: %2 — %n round each, host %3</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Cells: %2 — %n rounds each, host %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-80"/>
        <source>This session holds %n result(s) of a run that did not finish. Resume it (nothing measured is measured again), or run again from scratch (replaces them in the open session; a saved file keeps them until you save)?</source>
        <translation>
            <numerusform>This session holds %n result of a run that did not finish. Resume it (nothing measured is measured again), or run again from scratch (replaces it in the open session; a saved file keeps it until you save)?</numerusform>
            <numerusform>This session holds %n results of a run that did not finish. Resume it (nothing measured is measured again), or run again from scratch (replaces them in the open session; a saved file keeps them until you save)?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hvbench::Runner</name>
    <message numerus="yes">
        <location filename="../core/run/runner.cpp" line="+522"/>
        <source>%1 × %2: starting %n VM(s) …</source>
        <translation>
            <numerusform>%1 × %2: starting %n VM …</numerusform>
            <numerusform>%1 × %2: starting %n VMs …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%1, round %2: %3 on %n guest(s) …</source>
        <translation>
            <numerusform>%1, round %2: %3 on %n guest …</numerusform>
            <numerusform>%1, round %2: %3 on %n guests …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-425"/>
        <source>Resuming the interrupted run: its %n result(s) are kept.</source>
        <translation>
            <numerusform>Resuming the interrupted run: its %n result is kept.</numerusform>
            <numerusform>Resuming the interrupted run: its %n results are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+258"/>
        <source>Resuming after %n started round(s); %1 unfinished cell visit(s) of them run first.</source>
        <translation>
            <numerusform>Resuming after %n started round; %1 unfinished cell visit(s) of it run first.</numerusform>
            <numerusform>Resuming after %n started rounds; %1 unfinished cell visit(s) of them run first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+370"/>
        <source>%n round(s), as asked</source>
        <translation>
            <numerusform>%n round, as asked</numerusform>
            <numerusform>%n rounds, as asked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hvbench::bench::ExternalScore</name>
    <message numerus="yes">
        <location filename="../core/bench/externalscore.cpp" line="+156"/>
        <source>%1 has %n element(s), no [%2]</source>
        <translation>
            <numerusform>%1 has %n element, no [%2]</numerusform>
            <numerusform>%1 has %n elements, no [%2]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hvbench::cli::CliApp</name>
    <message numerus="yes">
        <location filename="../app/cli/cliapp.cpp" line="+317"/>
        <source>The run failed: %1
%n result(s) measured before the failure are kept in %2.</source>
        <translation>
            <numerusform>The run failed: %1
%n result measured before the failure is kept in %2.</numerusform>
            <numerusform>The run failed: %1
%n results measured before the failure are kept in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Skipped (%n):</source>
        <translation>
            <numerusform>Skipped (%n):</numerusform>
            <numerusform>Skipped (%n):</numerusform>
        </translation>
    </message>
</context>
</TS>
