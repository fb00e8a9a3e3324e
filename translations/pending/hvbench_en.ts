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
