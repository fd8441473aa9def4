// The operator enums shared by the compiler, the VM and the objects. BinaryOpKind keeps the
// order of the syntax tree's BinaryOperator so one converts to the other by a cast.
namespace MiniPy.Runtime;

public enum BinaryOpKind { Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, Or, Xor, And }

public enum UnaryOpKind { Neg, Pos, Invert, Not }
