<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>hvbench::BenchChart</name>
    <message numerus="yes">
      <source>Configuration at %n concurrent VM(s) (bare metal: the host alone)</source>
      <translation>
        <numerusform>Configuration at %n concurrent VM (bare metal: the host alone)</numerusform>
        <numerusform>Configuration at %n concurrent VMs (bare metal: the host alone)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Configuration at %n concurrent VM(s)</source>
      <translation>
        <numerusform>Configuration at %n concurrent VM</numerusform>
        <numerusform>Configuration at %n concurrent VMs</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>hvbench::MatrixPage</name>
    <message numerus="yes">
      <source>VM specs in the matrix: all %n of the session's (%1). Edit them on the VM specs page.</source>
      <translation>
        <numerusform>VM specs in the matrix: the session's %n spec (%1). Edit it on the VM specs page.</numerusform>
        <numerusform>VM specs in the matrix: all %n of the session's (%1). Edit them on the VM specs page.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The preset "%1" also defines %n VM spec(s) (%2). Replace the session's %3 VM spec(s) with them, or keep yours and take only its benchmarks and matrix?</source>
      <translation>
        <numerusform>The preset "%1" also defines %n VM spec (%2). Replace the session's %3 VM spec(s) with it, or keep yours and take only its benchmarks and matrix?</numerusform>
        <numerusform>The preset "%1" also defines %n VM specs (%2). Replace the session's %3 VM spec(s) with them, or keep yours and take only its benchmarks and matrix?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;%n cell(s)&lt;/b&gt; will run</source>
      <translation>
        <numerusform>&lt;b&gt;%n cell&lt;/b&gt; will run</numerusform>
        <numerusform>&lt;b&gt;%n cells&lt;/b&gt; will run</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source> (%n skipped)</source>
      <translation>
        <numerusform> (%n skipped)</numerusform>
        <numerusform> (%n skipped)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>, &lt;b&gt;%n benchmark run(s)&lt;/b&gt;</source>
      <translation>
        <numerusform>, &lt;b&gt;%n benchmark run&lt;/b&gt;</numerusform>
        <numerusform>, &lt;b&gt;%n benchmark runs&lt;/b&gt;</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>. Estimated duration: &lt;b&gt;≈ %1&lt;/b&gt; (benchmarks %2 + %n cell visit(s) starting and stopping VMs %3)</source>
      <translation>
        <numerusform>. Estimated duration: &lt;b&gt;≈ %1&lt;/b&gt; (benchmarks %2 + %n cell visit starting and stopping VMs %3)</numerusform>
        <numerusform>. Estimated duration: &lt;b&gt;≈ %1&lt;/b&gt; (benchmarks %2 + %n cell visits starting and stopping VMs %3)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
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
      <source>Resuming the interrupted run: its %n result(s) are kept.</source>
      <translation>
        <numerusform>Resuming the interrupted run: its %n result is kept.</numerusform>
        <numerusform>Resuming the interrupted run: its %n results are kept.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Resuming after %n started round(s); %1 unfinished cell visit(s) of them run first.</source>
      <translation>
        <numerusform>Resuming after %n started round; %1 unfinished cell visit(s) of it run first.</numerusform>
        <numerusform>Resuming after %n started rounds; %1 unfinished cell visit(s) of them run first.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n round(s), as asked</source>
      <translation>
        <numerusform>%n round, as asked</numerusform>
        <numerusform>%n rounds, as asked</numerusform>
      </translation>
    </message>
  </context>
</TS>
