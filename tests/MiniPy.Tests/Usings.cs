// Namespaces every test file uses.
global using NUnit.Framework;
