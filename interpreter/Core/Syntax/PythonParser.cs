// The parser's front door: source text in, a Module syntax tree out (or a SyntaxErrorException
// shaped like CPython 3.11's SyntaxError). Layout pass first, then the grammar line by line.
namespace MiniPy.Syntax;

public static class PythonParser
{
    /// <summary>Parses a whole file. Throws SyntaxErrorException for source CPython would reject or MiniPy does not support.</summary>
    public static Module ParseModule(string source, string fileName)
    {
        var layout = Layout.Split(source ?? "", fileName);
        var context = new ParseContext(fileName, layout.PhysicalLines);
        using (context.Enter())
        {
            try
            {
                var module = new BlockAssembler(layout, context).Assemble();
                MatchStatements.Rewrite(module);
                AsyncStatements.Rewrite(module);
                ExceptStarStatements.Rewrite(module, context);
                return module;
            }
            catch (Sprache.ParseException e)
            {
                throw new SyntaxErrorException("invalid syntax", fileName, 1, 1, context.LineText(1)) { Data = { ["detail"] = e.Message } };
            }
        }
    }
}
