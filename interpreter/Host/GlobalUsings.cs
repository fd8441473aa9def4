// Names that would otherwise clash with the implicit System usings.
global using ThreadState = MiniPy.VM.ThreadState;
