<?xml version="1.0" encoding="UTF-8"?>
<!--
  Akoma Ntoso 3.0 statement -> one HTML5 page in the layout of a UN resolution.

  XSLT 1.0, so any processor runs it (xsltproc, a browser, Saxon); akn-convert runs it with lxml
  and passes two things a plain processor cannot make:
    css   the text of un.css, inlined so the page is one file (without it: <link href="un.css">);
    the extension function x:href(iri, class), which turns AKN IRIs of UN documents into links to the
          UN's document resolver (without it every ref keeps its IRI as href);
    the extension function x:safe-url(url), which also drops URLs a browser cannot parse
          (without it the stylesheet's own test keeps out the schemes that run scripts);
    x:language(xml:lang) and x:datetime(value), which give a passage's language tag and
          direction from the CLDR data and tell the dates HTML can read.
  Labels in the document's language come from labels.xml beside this file.

  Works on any AKN document: every part is optional; elements it has no template for become a
  div (when they hold paragraphs) or a span, with class "akn-NAME" and their eId as id.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:akn="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    xmlns:l="urn:akn-convert:labels"
    xmlns:x="urn:akn-convert:xslt"
    xmlns:m="http://www.w3.org/1998/Math/MathML"
    exclude-result-prefixes="akn l x m">

  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>
  <xsl:strip-space elements="akn:akomaNtoso akn:meta akn:coverPage akn:preface akn:preamble akn:recitals
      akn:recital akn:formula akn:mainBody akn:body akn:paragraph akn:point akn:list akn:content akn:intro
      akn:wrapUp akn:container akn:conclusions akn:authorialNote akn:attachments akn:attachment"/>

  <xsl:param name="css" select="''"/>
  <!-- BCP 47 tag and writing direction of a language labels.xml does not list (akn-convert
       passes them from the CLDR data; without them such a page is lang="und", left to right) -->
  <xsl:param name="lang-tag" select="''"/>
  <xsl:param name="lang-dir" select="''"/>
  <xsl:param name="generator" select="'akn-convert'"/>

  <!-- the elements whose eId can be an HTML id (not empty, no white space) -->
  <xsl:key name="eid" match="akn:*" use="@eId[. != ''][translate(., ' &#9;&#10;&#13;', '') = .]"/>
  <xsl:key name="tlc" match="akn:references/akn:*" use="@eId"/>
  <xsl:key name="noteref" match="akn:noteRef" use="substring-after(@href, '#')"/>
  <!-- links and note markers inside a link (its nearest link or note above it is a link): HTML
       nests no links, so such a link is a span and such a marker follows the outer link -->
  <xsl:key name="in-link" match="akn:ref | akn:rref | akn:dref | akn:a | akn:tocItem | akn:documentRef | akn:componentRef
      | akn:authorialNote | akn:noteRef" use="generate-id(self::node()[ancestor::akn:*[self::akn:ref or self::akn:rref or self::akn:dref or self::akn:a or self::akn:tocItem or self::akn:documentRef or self::akn:componentRef or self::akn:authorialNote][1][not(self::akn:authorialNote)]])"/>

  <xsl:variable name="doc" select="/akn:akomaNtoso/akn:*[1]"/>
  <xsl:variable name="ident" select="$doc/akn:meta/akn:identification"/>
  <xsl:variable name="lang3" select="string($ident/akn:FRBRExpression/akn:FRBRlanguage/@language)"/>
  <xsl:variable name="labels" select="document('labels.xml')/l:labels"/>
  <xsl:variable name="known" select="$labels/l:language[@code = $lang3]"/>
  <xsl:variable name="L" select="$labels/l:language[@code = $lang3 or (@code = 'eng' and not($known))]"/>
  <xsl:variable name="lang">
    <xsl:choose>
      <xsl:when test="$known"><xsl:value-of select="$known/@tag"/></xsl:when>
      <xsl:when test="$lang-tag != ''"><xsl:value-of select="$lang-tag"/></xsl:when>
      <xsl:otherwise>und</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="dir">
    <xsl:choose>
      <xsl:when test="$known"><xsl:value-of select="$known/@dir"/></xsl:when>
      <xsl:when test="$lang-dir = 'rtl'">rtl</xsl:when>
      <xsl:otherwise>ltr</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <!-- "United Nations" heads the page of a UN document only (its IRIs are /akn/un/...) -->
  <xsl:variable name="un" select="$ident/akn:FRBRWork/akn:FRBRcountry/@value = 'un'"/>
  <!-- the front matter: a preface, or a judgment's header -->
  <xsl:variable name="front" select="$doc/akn:preface | $doc/akn:header"/>
  <xsl:variable name="symbol">
    <!-- (a judgment's number: its neutral citation, else its docket number) -->
    <xsl:variable name="number" select="(($doc/akn:coverPage//akn:docNumber | $front//akn:docNumber)[normalize-space()]
        | ($front//akn:neutralCitation)[normalize-space()][not(($doc/akn:coverPage | $front)//akn:docNumber[normalize-space()])]
        | ($front//akn:docketNumber)[normalize-space()][not(($doc/akn:coverPage | $front)//akn:*[self::akn:docNumber or self::akn:neutralCitation][normalize-space()])])[1]"/>
    <xsl:variable name="frbr" select="$ident/akn:FRBRWork/akn:FRBRnumber"/>
    <xsl:choose>
      <xsl:when test="normalize-space($number)"><xsl:value-of select="normalize-space($number)"/></xsl:when>
      <xsl:when test="$frbr/@showAs"><xsl:value-of select="$frbr/@showAs"/></xsl:when>
      <xsl:when test="normalize-space($frbr/@value)"><xsl:value-of select="$frbr/@value"/></xsl:when>
      <!-- a document with no number (FRBRnumber is optional): none in the masthead (its work
           IRI, in the colophon, names no document a reader knows) -->
    </xsl:choose>
  </xsl:variable>
  <!-- the title: the front matter's (a cover page may carry a line such as "Resolution adopted
       by the General Assembly on ..." as its docTitle), else the cover page's, else the long title
       of an act or a bill -->
  <xsl:variable name="doc-titles" select="$front//akn:docTitle | $doc/akn:coverPage//akn:docTitle"/>
  <xsl:variable name="title" select="($front//akn:docTitle)[1] | ($doc/akn:coverPage//akn:docTitle)[1][not($front//akn:docTitle)]
      | ($front//akn:longTitle)[1][not($doc-titles)]"/>
  <!-- the title's words: the docTitle's, else the work's name when it says more than the type of
       the document (a judgment's "X v Y", not "resolution" nor its subtype "title"), else the
       title the work is also known by (an act of Laws.Africa: FRBRalias name="title") -->
  <xsl:variable name="title-alias" select="normalize-space($ident/akn:FRBRWork/akn:FRBRalias
      [contains(translate(@name, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), 'title')]
      [normalize-space(@value)][1]/@value)"/>
  <xsl:variable name="title-text">
    <xsl:variable name="frbr-name" select="normalize-space($ident/akn:FRBRWork/akn:FRBRname/@value)"/>
    <xsl:choose>
      <xsl:when test="normalize-space($title)"><xsl:value-of select="normalize-space($title)"/></xsl:when>
      <xsl:when test="$frbr-name != normalize-space($doc/@name)
          and $frbr-name != normalize-space($ident/akn:FRBRWork/akn:FRBRsubtype/@value)"><xsl:value-of select="$frbr-name"/></xsl:when>
      <xsl:when test="$title-alias != ''"><xsl:value-of select="$title-alias"/></xsl:when>
    </xsl:choose>
  </xsl:variable>
  <!-- the line of the front matter that is the page's h1: the first that holds the title -->
  <!-- (or a docTitle standing in the front matter outside any line: schema-invalid, but written so,
       as in exports of Normattiva) -->
  <xsl:variable name="title-line" select="($front//akn:p[akn:docTitle][not(ancestor::akn:authorialNote)] | $front/akn:docTitle)[1]"/>
  <!-- what names the page when the document gives neither a number nor a title (an empty
       <meta/>): its type ("act") -->
  <xsl:variable name="name">
    <xsl:choose>
      <xsl:when test="$symbol != ''"><xsl:value-of select="$symbol"/></xsl:when>
      <xsl:when test="$title-text != ''"><xsl:value-of select="$title-text"/></xsl:when>
      <xsl:when test="normalize-space($ident/akn:FRBRWork/akn:FRBRuri/@value)"><xsl:value-of select="normalize-space($ident/akn:FRBRWork/akn:FRBRuri/@value)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="local-name($doc)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <!-- the organ: the first docAuthority that is not the masthead's "United Nations" (a cover page
       may name the publisher, then the issuing body) -->
  <xsl:variable name="authorities" select="$doc/akn:coverPage//akn:docAuthority | $front//akn:docAuthority"/>
  <xsl:variable name="organs" select="$authorities[not($un and normalize-space(.) = normalize-space($L/@un))]"/>
  <xsl:variable name="authority" select="$organs[1] | $authorities[1][not($organs)]"/>
  <!-- a principal organ named above the body's own name ("General Assembly" above "Human Rights
       Council"): it heads the masthead, and the body's name opens the preface, as printed -->
  <xsl:variable name="parent-organ" select="$authority/ancestor::akn:container[@name = 'organ']
      /akn:p[akn:organization][not(.//akn:docAuthority)][normalize-space(.) = normalize-space(akn:organization)][1]"/>

  <!-- ================================================================ page -->

  <xsl:template match="/">
    <xsl:if test="not($doc)">
      <xsl:message terminate="yes">not an Akoma Ntoso 3.0 document</xsl:message>
    </xsl:if>
    <html lang="{$lang}" dir="{$dir}">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>
          <xsl:value-of select="$name"/>
          <xsl:if test="$symbol != '' and $title-text != ''"> – <xsl:value-of select="$title-text"/></xsl:if>
        </title>
        <meta name="generator" content="{$generator}"/>
        <xsl:choose>
          <xsl:when test="$css != ''"><style><xsl:value-of select="$css" disable-output-escaping="yes"/></style></xsl:when>
          <xsl:otherwise><link rel="stylesheet" href="un.css"/></xsl:otherwise>
        </xsl:choose>
      </head>
      <body class="akn-{local-name($doc)} {$doc/@name}">
        <a class="skip-link" href="#text"><xsl:value-of select="$L/@skip"/></a>
        <xsl:call-template name="masthead"/>
        <main id="text">
          <!-- no line of the front matter makes the h1 (no title, or one on the cover page only):
               a hidden one names the page for screen readers; a title the text does not print
               (only the metadata names the work: an act without a preface) is shown -->
          <xsl:if test="not($title-line)">
            <h1 class="{substring('visually-hidden', 1, 15 * boolean(normalize-space($title) or $title-text = ''))}{substring('title', 1, 5 * not(normalize-space($title) or $title-text = ''))}">
              <xsl:choose>
                <xsl:when test="$title-text != ''"><xsl:value-of select="$title-text"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="$name"/></xsl:otherwise>
              </xsl:choose>
            </h1>
          </xsl:if>
          <!-- what a cover page holds besides its lines of text (a table of contents) -->
          <xsl:apply-templates select="$doc/akn:coverPage/akn:*[not(descendant-or-self::akn:p)]"/>
          <xsl:apply-templates select="$front"/>
          <xsl:apply-templates select="$doc/akn:preamble"/>
          <xsl:apply-templates select="$doc/akn:*[self::akn:mainBody or self::akn:body or self::akn:judgmentBody
              or self::akn:debateBody or self::akn:amendmentBody or self::akn:collectionBody or self::akn:portionBody]"/>
          <xsl:apply-templates select="$doc/akn:conclusions"/>
          <xsl:apply-templates select="$doc/akn:attachments"/>
          <!-- the documents a collection (or any document) refers to by componentRef or
               documentRef, kept in components after it -->
          <xsl:apply-templates select="$doc/akn:components | /akn:akomaNtoso/akn:components"/>
          <xsl:call-template name="notes"/>
        </main>
        <footer class="colophon">
          <p>
            <xsl:value-of select="$L/@rendition"/>
            <xsl:if test="$ident/akn:FRBRExpression/akn:FRBRthis/@value">
              <xsl:text> </xsl:text>
              <code dir="ltr"><xsl:value-of select="$ident/akn:FRBRExpression/akn:FRBRthis/@value"/></code>
            </xsl:if>
          </p>
        </footer>
      </body>
    </html>
  </xsl:template>

  <!-- ================================================================ masthead and cover -->

  <!-- The top of a UN document: "United Nations" and the symbol on a rule, then the organ and
       the distribution block (distribution, date, languages). -->
  <xsl:template name="masthead">
    <header class="masthead">
      <!-- (the cover page's lines are here: a link to it lands on the masthead) -->
      <xsl:for-each select="$doc/akn:coverPage"><xsl:call-template name="id"/></xsl:for-each>
      <xsl:if test="$un or $symbol != ''">
        <div class="masthead-top">
          <xsl:if test="$un"><p class="un-name"><xsl:value-of select="$L/@un"/></p></xsl:if>
          <xsl:if test="$symbol != ''">
            <p class="symbol" dir="ltr"><xsl:value-of select="$symbol"/></p>
          </xsl:if>
        </div>
      </xsl:if>
      <xsl:variable name="cover" select="$doc/akn:coverPage//akn:p[not(ancestor::akn:authorialNote)]
          [not((akn:docNumber or akn:docAuthority) and (normalize-space(.) = $symbol or normalize-space(.) = normalize-space($authority)
              or ($un and normalize-space(.) = normalize-space($L/@un))))]
          [count(. | $parent-organ) != count($parent-organ)][normalize-space() or .//akn:img]"/>
      <!-- the organ: docAuthority, else the name of the work's author in the references -->
      <xsl:variable name="author" select="key('tlc', substring-after($ident/akn:FRBRWork/akn:FRBRauthor/@href, '#'))/@showAs"/>
      <xsl:if test="$authority or $author or $cover">
        <div class="masthead-cover">
          <xsl:if test="$authority or $author">
            <p class="organ">
              <xsl:choose>
                <xsl:when test="$parent-organ"><xsl:apply-templates select="$parent-organ/node()"/></xsl:when>
                <xsl:when test="$authority"><xsl:apply-templates select="$authority"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="$author"/></xsl:otherwise>
              </xsl:choose>
            </p>
          </xsl:if>
          <xsl:if test="$cover">
            <div class="distribution">
              <xsl:for-each select="$cover">
                <xsl:variable name="tag"><xsl:call-template name="tag"><xsl:with-param name="phrasing" select="'p'"/></xsl:call-template></xsl:variable>
                <xsl:element name="{$tag}"><xsl:call-template name="line-class"/><xsl:apply-templates/></xsl:element>
              </xsl:for-each>
            </div>
          </xsl:if>
        </div>
      </xsl:if>
    </header>
  </xsl:template>

  <!-- class of a front-matter line: the names of the semantic elements it holds -->
  <xsl:template name="line-class">
    <xsl:attribute name="class">
      <xsl:text>line</xsl:text>
      <xsl:for-each select="akn:*[not(self::akn:authorialNote)]">
        <xsl:variable name="name" select="local-name()"/>
        <xsl:choose>
          <xsl:when test="self::akn:inline and @name"><xsl:value-of select="concat(' ', @name)"/></xsl:when>
          <xsl:when test="preceding-sibling::akn:*[local-name() = $name]"/>
          <xsl:otherwise><xsl:value-of select="concat(' ', $name)"/></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </xsl:attribute>
  </xsl:template>

  <xsl:template match="/akn:akomaNtoso/akn:*/akn:preface | /akn:akomaNtoso/akn:*/akn:header">
    <div class="preface">
      <xsl:call-template name="id"/>
      <xsl:if test="$parent-organ">
        <p class="line docAuthority"><xsl:apply-templates select="$authority"/></p>
      </xsl:if>
      <!-- the schema wants lines (p) there; a front matter that sets its parts down bare (a
           judgment's header: courtType, docketNumber, judge ... one after the other) has each
           on a line of its own, as it would print, rather than all run together -->
      <xsl:for-each select="node()">
        <xsl:choose>
          <xsl:when test="self::akn:*[not(self::akn:p or self::akn:blockList or self::akn:blockContainer or self::akn:tblock
              or self::akn:toc or self::akn:ul or self::akn:ol or self::akn:table or self::akn:foreign or self::akn:block
              or self::akn:longTitle or self::akn:formula or self::akn:container or self::akn:docTitle
              or self::akn:authorialNote or self::akn:noteRef)]">
            <xsl:variable name="tag"><xsl:call-template name="tag"><xsl:with-param name="phrasing" select="'p'"/></xsl:call-template></xsl:variable>
            <xsl:element name="{$tag}">
              <xsl:attribute name="class">line <xsl:value-of select="local-name()"/></xsl:attribute>
              <xsl:apply-templates select="."/>
            </xsl:element>
          </xsl:when>
          <xsl:otherwise><xsl:apply-templates select="."/></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </div>
  </xsl:template>

  <!-- a line that only says the symbol or the organ: in the masthead already (another docNumber
       or docAuthority stays a line of its own) -->
  <xsl:template match="/akn:akomaNtoso/akn:*/akn:preface//akn:p[not(ancestor::akn:authorialNote)][akn:docNumber or akn:docAuthority]
      | /akn:akomaNtoso/akn:*/akn:header//akn:p[not(ancestor::akn:authorialNote)][akn:docNumber or akn:docAuthority]" priority="3">
    <xsl:choose>
      <xsl:when test="normalize-space(.) = $symbol or normalize-space(.) = normalize-space($authority)
          or ($un and normalize-space(.) = normalize-space($L/@un))"/>
      <xsl:when test="akn:docTitle"><xsl:apply-templates select="." mode="title-line"/></xsl:when>
      <xsl:otherwise><xsl:apply-templates select="." mode="front-line"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="/akn:akomaNtoso/akn:*/akn:preface//akn:p[akn:docTitle][not(ancestor::akn:authorialNote)]
      | /akn:akomaNtoso/akn:*/akn:header//akn:p[akn:docTitle][not(ancestor::akn:authorialNote)]" priority="2">
    <xsl:apply-templates select="." mode="title-line"/>
  </xsl:template>
  <xsl:template match="/akn:akomaNtoso/akn:*/akn:preface/akn:docTitle | /akn:akomaNtoso/akn:*/akn:header/akn:docTitle" priority="1">
    <xsl:variable name="h1" select="count(. | $title-line) = 1"/>
    <xsl:variable name="tag"><xsl:call-template name="tag"><xsl:with-param name="phrasing" select="substring('h1', 1, 2 * $h1)"/></xsl:call-template></xsl:variable>
    <xsl:element name="{substring($tag, 1, string-length($tag) * ($tag != ''))}{substring('p', 1, number($tag = ''))}">
      <xsl:attribute name="class"><xsl:value-of select="substring('line ', 1, 5 * not($h1))"/>title</xsl:attribute>
      <xsl:if test="$tag = 'div'"><xsl:attribute name="role">heading</xsl:attribute><xsl:attribute name="aria-level">1</xsl:attribute></xsl:if>
      <span class="akn-docTitle"><xsl:call-template name="id"/><xsl:apply-templates/></span>
    </xsl:element>
  </xsl:template>
  <xsl:template match="akn:p" mode="title-line">
    <xsl:choose>
      <xsl:when test="count(. | $title-line) = 1">
        <xsl:variable name="tag"><xsl:call-template name="tag"><xsl:with-param name="phrasing" select="'h1'"/></xsl:call-template></xsl:variable>
        <!-- (a title that holds blocks: a div with the role of the h1) -->
        <xsl:element name="{$tag}">
          <xsl:attribute name="class">title</xsl:attribute>
          <xsl:if test="$tag = 'div'"><xsl:attribute name="role">heading</xsl:attribute><xsl:attribute name="aria-level">1</xsl:attribute></xsl:if>
          <xsl:call-template name="id"/><xsl:apply-templates/>
        </xsl:element>
      </xsl:when>
      <!-- a title printed on several lines: one h1 a page, the others lines of the title -->
      <xsl:otherwise>
        <xsl:variable name="tag"><xsl:call-template name="tag"><xsl:with-param name="phrasing" select="'p'"/></xsl:call-template></xsl:variable>
        <xsl:element name="{$tag}"><xsl:attribute name="class">line title</xsl:attribute><xsl:call-template name="id"/><xsl:apply-templates/></xsl:element>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="/akn:akomaNtoso/akn:*/akn:preface//akn:p[not(ancestor::akn:authorialNote)]
      | /akn:akomaNtoso/akn:*/akn:header//akn:p[not(ancestor::akn:authorialNote)]" priority="1">
    <xsl:apply-templates select="." mode="front-line"/>
  </xsl:template>
  <xsl:template match="akn:p" mode="front-line">
    <xsl:variable name="tag"><xsl:call-template name="tag"><xsl:with-param name="phrasing" select="'p'"/></xsl:call-template></xsl:variable>
    <xsl:element name="{$tag}"><xsl:call-template name="line-class"/><xsl:call-template name="id"/><xsl:apply-templates/></xsl:element>
  </xsl:template>

  <!-- ================================================================ preamble -->

  <xsl:template match="/akn:akomaNtoso/akn:*/akn:preamble">
    <section class="preamble" aria-labelledby="h-preamble">
      <xsl:call-template name="id"/>
      <h2 id="h-preamble" class="visually-hidden"><xsl:value-of select="$L/@preamble"/></h2>
      <xsl:apply-templates/>
    </section>
  </xsl:template>

  <xsl:template match="akn:formula | akn:recitals | akn:recital | akn:citations | akn:citation">
    <div class="{local-name()}"><xsl:call-template name="id"/><xsl:apply-templates/></div>
  </xsl:template>

  <!-- ================================================================ operative part -->
  <!-- (Match patterns here name elements rather than test a wildcard with one predicate, as in
       akn:*[self::akn:body]: libxslt counts a node's siblings for such a pattern, which made the
       rendering of a document with thousands of paragraphs side by side take seconds.) -->

  <xsl:template match="/akn:akomaNtoso/akn:*/akn:mainBody | /akn:akomaNtoso/akn:*/akn:body
      | /akn:akomaNtoso/akn:*/akn:judgmentBody | /akn:akomaNtoso/akn:*/akn:debateBody
      | /akn:akomaNtoso/akn:*/akn:amendmentBody | /akn:akomaNtoso/akn:*/akn:collectionBody
      | /akn:akomaNtoso/akn:*/akn:portionBody">
    <section class="operative" aria-labelledby="h-operative">
      <xsl:call-template name="id"/>
      <h2 id="h-operative" class="visually-hidden">
        <xsl:choose>
          <xsl:when test="self::akn:mainBody"><xsl:value-of select="$L/@operative"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$L/@body"/></xsl:otherwise>
        </xsl:choose>
      </h2>
      <xsl:apply-templates/>
    </section>
  </xsl:template>

  <!-- Numbered units without a heading (paragraphs, points, items): the number hangs in a
       gutter beside the text. -->
  <xsl:template match="akn:*[akn:num][not(akn:heading)]">
    <div class="{local-name()} numbered">
      <xsl:call-template name="id"/>
      <span class="num"><xsl:apply-templates select="akn:num/node()"/></span>
      <div class="text"><xsl:apply-templates select="node()[not(self::akn:num)]"/></div>
    </div>
  </xsl:template>

  <!-- Units with a heading (chapters, sections, articles, annexes): a section with a heading
       whose level follows the nesting, below the h2 of the part it is in. -->
  <!-- (the second predicate, true wherever the page shows anything, keeps libxslt from counting
       the unit's siblings for the first: 8000 sections took 2.9 s, now 1 s) -->
  <!-- (and the units that a number alone heads: "Article 2" of an EU act) -->
  <xsl:template match="akn:*[akn:heading][not(ancestor::akn:meta)]
      | akn:article[akn:num] | akn:book[akn:num] | akn:chapter[akn:num] | akn:division[akn:num]
      | akn:part[akn:num] | akn:section[akn:num] | akn:subchapter[akn:num] | akn:subdivision[akn:num]
      | akn:subpart[akn:num] | akn:subtitle[akn:num] | akn:title[akn:num] | akn:tome[akn:num]" priority="0.6">
    <!-- an empty heading (<heading/> without a number) heads nothing: no empty heading, no
         section, and the headings below it are one level up -->
    <xsl:variable name="titled" select="normalize-space(concat(akn:num, akn:heading)) != ''"/>
    <!-- a unit quoted in the text, or in a note, is no part of the page's outline: its heading
         is a line styled as one -->
    <xsl:variable name="quoted" select="ancestor::akn:quotedStructure or ancestor::akn:embeddedStructure
        or ancestor::akn:authorialNote or ancestor::akn:subFlow"/>
    <xsl:variable name="level" select="count(ancestor::akn:*[akn:heading or (akn:num and (self::akn:article or self::akn:book or self::akn:chapter or self::akn:division or self::akn:part or self::akn:section or self::akn:subchapter or self::akn:subdivision or self::akn:subpart or self::akn:subtitle or self::akn:title or self::akn:tome))]
        [normalize-space(concat(akn:num, akn:heading)) != '']) + 3"/>
    <xsl:variable name="h">
      <xsl:choose>
        <xsl:when test="$quoted">p</xsl:when>
        <xsl:when test="$level &gt; 6">h6</xsl:when>
        <xsl:otherwise>h<xsl:value-of select="$level"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <!-- (a heading holding blocks: a div, with the role of a heading if it is one) -->
    <xsl:variable name="tag">
      <xsl:for-each select="akn:heading[1]"><xsl:call-template name="tag"><xsl:with-param name="phrasing" select="$h"/></xsl:call-template></xsl:for-each>
      <xsl:if test="not(akn:heading)"><xsl:value-of select="$h"/></xsl:if>
    </xsl:variable>
    <xsl:variable name="section" select="$titled and not($quoted) and $tag != 'div'"/>
    <xsl:element name="{substring('section', 1, 7 * $section)}{substring('div', 1, 3 * not($section))}">
      <xsl:attribute name="class"><xsl:value-of select="local-name()"/></xsl:attribute>
      <xsl:call-template name="id"/>
      <xsl:if test="$titled">
        <xsl:element name="{$tag}">
          <xsl:attribute name="class">heading</xsl:attribute>
          <xsl:if test="$tag = 'div' and not($quoted)">
            <xsl:attribute name="role">heading</xsl:attribute>
            <xsl:attribute name="aria-level"><xsl:value-of select="substring($h, 2)"/></xsl:attribute>
          </xsl:if>
          <xsl:if test="akn:num">
            <span class="num"><xsl:apply-templates select="akn:num/node()"/></span>
            <xsl:text> </xsl:text>
          </xsl:if>
          <xsl:apply-templates select="akn:heading/node()"/>
        </xsl:element>
      </xsl:if>
      <xsl:apply-templates select="akn:subheading"/>
      <xsl:apply-templates select="node()[not(self::akn:num or self::akn:heading or self::akn:subheading)]"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="akn:list | akn:blockList | akn:intro | akn:listIntroduction | akn:wrapUp
      | akn:listWrapUp | akn:content | akn:container | akn:blockContainer | akn:hcontainer | akn:tblock">
    <div class="{local-name()}"><xsl:call-template name="id"/><xsl:apply-templates/></div>
  </xsl:template>

  <!-- Elements whose content is a line of text but which stand between blocks (a speaker's name,
       a scene of a debate, a cross heading, a subheading): a paragraph of their own, not a span
       running into the next one; a div when they hold paragraphs (a block quoting a structure). -->
  <xsl:template match="akn:*[self::akn:from or self::akn:summary or self::akn:scene or self::akn:narrative
      or self::akn:crossHeading or self::akn:subheading or self::akn:block or self::akn:signature
      or self::akn:concluding or self::akn:address][not(ancestor::akn:*[self::akn:p or self::akn:quotedStructure or self::akn:embeddedStructure or self::akn:subFlow or self::akn:authorialNote][1][self::akn:p])]">
    <xsl:variable name="blocks"><xsl:call-template name="holds-blocks"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$blocks = 'yes'">
        <div class="{local-name()}"><xsl:call-template name="id"/><xsl:apply-templates/></div>
      </xsl:when>
      <xsl:otherwise>
        <p class="{local-name()}"><xsl:call-template name="id"/><xsl:apply-templates/></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A speech, a question or an answer that names its speaker only in @by (no from line): the
       speaker's name from the references, on a line of its own as a from line would be. -->
  <xsl:template match="akn:speech[not(akn:from)][@by] | akn:question[not(akn:from)][@by]
      | akn:answer[not(akn:from)][@by]">
    <!-- (the entry whose eId it names; else, for references that give no eIds (SayIt's exports),
         the one whose IRI ends with that name: by="#gonzalo", href=".../person/.../gonzalo") -->
    <xsl:variable name="by" select="substring-after(@by, '#')"/>
    <xsl:variable name="speaker">
      <xsl:choose>
        <xsl:when test="key('tlc', $by)"><xsl:value-of select="key('tlc', $by)/@showAs"/></xsl:when>
        <xsl:when test="$by != ''"><xsl:value-of select="$doc/akn:meta/akn:references/akn:*
            [substring(@href, string-length(@href) - string-length($by)) = concat('/', $by)][1]/@showAs"/></xsl:when>
      </xsl:choose>
    </xsl:variable>
    <div class="{local-name()}">
      <xsl:call-template name="id"/>
      <xsl:if test="normalize-space($speaker)">
        <p class="from"><span class="akn-person" data-refers-to="{@by}"><xsl:value-of select="normalize-space($speaker)"/></span></p>
      </xsl:if>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <!-- A table of contents: a list of links to the parts it names. -->
  <xsl:template match="akn:toc">
    <!-- (a div in a header cell, where HTML allows no nav) -->
    <xsl:element name="{substring('nav', 1, 3 * not(ancestor::akn:th))}{substring('div', 1, 3 * boolean(ancestor::akn:th))}">
      <xsl:attribute name="class">toc</xsl:attribute>
      <xsl:call-template name="id"/><ul><xsl:apply-templates select="akn:tocItem"/></ul>
    </xsl:element>
  </xsl:template>
  <xsl:template match="akn:tocItem">
    <li class="tocItem level-{@level}"><xsl:call-template name="link"/></li>
  </xsl:template>

  <!-- A document of a collection, written in it: its own parts, not its metadata. -->
  <xsl:template match="akn:component">
    <div class="component"><xsl:call-template name="id"/><xsl:apply-templates/></div>
  </xsl:template>
  <xsl:template match="akn:component/akn:act | akn:component/akn:amendment | akn:component/akn:amendmentList | akn:component/akn:bill
      | akn:component/akn:debate | akn:component/akn:debateReport | akn:component/akn:doc | akn:component/akn:documentCollection
      | akn:component/akn:judgment | akn:component/akn:officialGazette | akn:component/akn:portion | akn:component/akn:statement">
    <div class="{local-name()}"><xsl:apply-templates/></div>
  </xsl:template>
  <!-- A document of a collection kept elsewhere: a link to it. -->
  <xsl:template match="akn:documentRef | akn:componentRef">
    <p class="{local-name()}"><xsl:call-template name="link"><xsl:with-param name="text" select="@showAs"/></xsl:call-template></p>
  </xsl:template>

  <!-- Markup of another vocabulary: MathML is shown as it is (HTML5 holds it); anything else by
       its text alone (no foreign element can run a script on the page). -->
  <xsl:template match="akn:foreign">
    <div class="foreign"><xsl:call-template name="id"/><xsl:apply-templates mode="foreign"/></div>
  </xsl:template>
  <!-- MathML: the elements and attributes of presentation markup, by name; any other element
       (a script, an embed, a meta refresh, an HTML annotation: the HTML parser would take some of
       them out of the math) by its text alone, and no attribute that fetches, styles or runs. -->
  <xsl:variable name="mathml-elements" select="' math mi mn mo ms mtext mspace mrow mfrac msqrt mroot mstyle merror
      mpadded mphantom mfenced menclose msub msup msubsup munder mover munderover mmultiscripts mprescripts none
      mtable mtr mtd mlabeledtr semantics annotation maction '"/>
  <xsl:variable name="mathml-attributes" select="' display mathvariant displaystyle scriptlevel fence separator stretchy
      symmetric largeop movablelimits accent accentunder form lspace rspace linethickness columnalign rowalign
      columnspan rowspan notation open close separators dir mathsize width height depth voffset encoding actiontype
      selection '"/>
  <xsl:template match="m:math" mode="foreign">
    <math>
      <xsl:copy-of select="@*[contains($mathml-attributes, concat(' ', local-name(), ' ')) and namespace-uri() = '']"/>
      <xsl:apply-templates select="node()" mode="mathml"/>
    </math>
  </xsl:template>
  <xsl:template match="m:*" mode="mathml">
    <xsl:choose>
      <xsl:when test="contains($mathml-elements, concat(' ', local-name(), ' '))">
        <xsl:element name="{local-name()}">
          <xsl:copy-of select="@*[contains($mathml-attributes, concat(' ', local-name(), ' ')) and namespace-uri() = '']"/>
          <xsl:apply-templates select="node()" mode="mathml"/>
        </xsl:element>
      </xsl:when>
      <!-- (its text where math holds text: an annotation of a semantics, else an mtext) -->
      <xsl:when test="parent::m:semantics"><annotation><xsl:apply-templates select="." mode="foreign-text"/></annotation></xsl:when>
      <xsl:when test="normalize-space()"><mtext><xsl:apply-templates select="." mode="foreign-text"/></mtext></xsl:when>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="*" mode="mathml">
    <xsl:if test="normalize-space()"><mtext><xsl:apply-templates select="." mode="foreign-text"/></mtext></xsl:if>
  </xsl:template>
  <!-- any other markup (XHTML, SVG, a publisher's own): its words, a space where one of its
       elements other than a run of text begins or ends (so that the words of two paragraphs
       do not run together), not the code of its scripts and styles -->
  <xsl:template match="*" mode="foreign"><span><xsl:apply-templates select="." mode="foreign-text"/></span></xsl:template>
  <xsl:variable name="foreign-inline" select="' a abbr b bdi bdo cite code data dfn em i kbd mark q s samp small span strong sub sup time u var tspan '"/>
  <xsl:template match="*" mode="foreign-text">
    <xsl:variable name="block" select="not(contains($foreign-inline, concat(' ', local-name(), ' ')))"/>
    <xsl:if test="$block"><xsl:text> </xsl:text></xsl:if>
    <xsl:apply-templates mode="foreign-text"/>
    <xsl:if test="$block"><xsl:text> </xsl:text></xsl:if>
  </xsl:template>
  <xsl:template match="*[local-name() = 'script' or local-name() = 'style']" mode="foreign-text"/>
  <!-- markup of another vocabulary outside foreign (schema-invalid, but written): its words too -->
  <xsl:template match="*[not(self::akn:*)]"><span class="foreign"><xsl:apply-templates select="." mode="foreign-text"/></span></xsl:template>
  <xsl:template match="*[local-name() = 'script' or local-name() = 'style']" mode="mathml" priority="1"/>

  <!-- A draft quoted whole in a paragraph that recommends it for adoption by another organ:
       a block set off from the recommending text, its title a heading-like line; a structure an
       amendment quotes (the section it inserts) likewise. -->
  <xsl:template match="akn:embeddedStructure | akn:quotedStructure">
    <blockquote class="{local-name()}">
      <xsl:call-template name="id"/>
      <xsl:call-template name="quote-start"/><xsl:apply-templates/><xsl:call-template name="quote-end"/>
    </blockquote>
  </xsl:template>
  <xsl:template match="akn:longTitle">
    <div class="longTitle"><xsl:call-template name="id"/><xsl:apply-templates/></div>
  </xsl:template>

  <xsl:template match="/akn:akomaNtoso/akn:*/akn:conclusions">
    <section class="conclusions" aria-labelledby="h-conclusions">
      <xsl:call-template name="id"/>
      <h2 id="h-conclusions" class="visually-hidden"><xsl:value-of select="$L/@conclusions"/></h2>
      <xsl:apply-templates/>
    </section>
  </xsl:template>

  <xsl:template match="/akn:akomaNtoso/akn:*/akn:attachments">
    <section class="attachments" aria-labelledby="h-attachments">
      <xsl:call-template name="id"/>
      <h2 id="h-attachments" class="visually-hidden"><xsl:value-of select="$L/@attachments"/></h2>
      <xsl:apply-templates/>
    </section>
  </xsl:template>

  <!-- An annex akn-convert wrote (its preface: the label "Annex II", then its title): the label
       and the title make the annex's heading, a part of the document as the body is (h2); its
       articles and chapters head sections below it. -->
  <xsl:template match="akn:attachments/akn:attachment/akn:*/akn:preface[akn:p[@class = 'annexLabel']]">
    <h2 class="annex-heading">
      <xsl:for-each select="akn:p">
        <span class="{substring('annexLabel', 1, 10 * (@class = 'annexLabel'))}{substring('annexTitle', 1, 10 * not(@class = 'annexLabel'))}">
          <xsl:apply-templates/>
        </span>
        <xsl:if test="position() != last()"><xsl:text> </xsl:text></xsl:if>
      </xsl:for-each>
    </h2>
  </xsl:template>

  <!-- an attached document: its own body parts, not its metadata -->
  <xsl:template match="akn:attachment
      | akn:attachments/akn:*/akn:act | akn:attachments/akn:*/akn:amendment | akn:attachments/akn:*/akn:amendmentList
      | akn:attachments/akn:*/akn:bill | akn:attachments/akn:*/akn:debate | akn:attachments/akn:*/akn:debateReport
      | akn:attachments/akn:*/akn:doc | akn:attachments/akn:*/akn:documentCollection | akn:attachments/akn:*/akn:judgment
      | akn:attachments/akn:*/akn:officialGazette | akn:attachments/akn:*/akn:portion | akn:attachments/akn:*/akn:statement">
    <div class="{local-name()}"><xsl:call-template name="id"/><xsl:apply-templates/></div>
  </xsl:template>
  <xsl:template match="akn:meta"/>
  <xsl:template match="akn:components">
    <div class="components"><xsl:call-template name="id"/><xsl:apply-templates/></div>
  </xsl:template>

  <!-- ================================================================ paragraphs of text -->

  <!-- An AKN p may hold block structures (quotedStructure ...); HTML's p may not. -->
  <xsl:template match="akn:p">
    <xsl:variable name="blocks"><xsl:call-template name="holds-blocks"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$blocks = 'yes'">
        <div class="p"><xsl:call-template name="id"/><xsl:apply-templates/></div>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:call-template name="id"/><xsl:apply-templates/></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="akn:ul | akn:ol | akn:li | akn:table | akn:caption | akn:tr | akn:th | akn:td
      | akn:i | akn:b | akn:u | akn:sup | akn:sub | akn:abbr | akn:span | akn:ins | akn:del">
    <xsl:variable name="tag">
      <xsl:choose>
        <!-- (a quoted structure in italics: a div of that class) -->
        <xsl:when test="self::akn:i or self::akn:b or self::akn:u or self::akn:sup or self::akn:sub or self::akn:abbr
            or self::akn:span or self::akn:ins or self::akn:del">
          <xsl:call-template name="tag"><xsl:with-param name="phrasing" select="local-name()"/></xsl:call-template>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="local-name()"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$tag}">
      <xsl:if test="$tag = 'div'"><xsl:attribute name="class">akn-<xsl:value-of select="local-name()"/></xsl:attribute></xsl:if>
      <xsl:call-template name="id"/>
      <!-- (a span HTML can read: a whole number from 1) -->
      <xsl:copy-of select="@colspan[. &gt;= 1 and translate(., '0123456789', '') = '']"/>
      <!-- a cell spans the rows of its table that have cells: no further than the table's last
           row, nor over an empty row (<tr/>, left out); writers/tables.py counts them -->
      <xsl:copy-of select="@rowspan[../parent::akn:tr and . &gt;= 1 and translate(., '0123456789', '') = '']"/>
      <xsl:if test="self::akn:abbr and @title"><xsl:copy-of select="@title"/></xsl:if>
      <!-- a note marker the document raised itself: styled as the markers the stylesheet raises -->
      <xsl:if test="self::akn:sup and akn:authorialNote and count(node()) = 1">
        <xsl:attribute name="class">noteref</xsl:attribute>
      </xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="akn:tr[not(akn:th or akn:td)]"/>
  <xsl:template match="akn:br"><br/></xsl:template>
  <xsl:template match="akn:eol | akn:eop"><xsl:text> </xsl:text></xsl:template>

  <!-- an image: only from a source that cannot run anything (as a link's href) -->
  <xsl:template match="akn:img">
    <xsl:variable name="src">
      <xsl:call-template name="safe-url"><xsl:with-param name="url" select="string(@src)"/></xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$src != ''"><img src="{$src}" alt="{@alt}"><xsl:copy-of select="(@width | @height)[translate(., '0123456789', '') = '' and . != '']"/></img></xsl:when>
      <!-- (no image to show: its description in its place) -->
      <xsl:otherwise><span class="img"><xsl:value-of select="@alt"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- a link: to an element of the page only when it is there -->
  <xsl:template match="akn:a">
    <xsl:variable name="inner" select="boolean(key('in-link', generate-id()))"/>
    <xsl:variable name="tag"><xsl:call-template name="link-tag"><xsl:with-param name="inner" select="$inner"/></xsl:call-template></xsl:variable>
    <xsl:element name="{$tag}">
      <xsl:choose>
        <xsl:when test="$inner"/>
        <xsl:when test="starts-with(@href, '#') and not(key('eid', substring(@href, 2)))">
          <xsl:attribute name="class">unresolved</xsl:attribute>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="href"><xsl:with-param name="url" select="string(@href)"/></xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:apply-templates/>
    </xsl:element>
    <xsl:if test="not($inner)"><xsl:call-template name="notes-after-link"/></xsl:if>
  </xsl:template>

  <!-- ================================================================ inline semantics -->

  <!-- A reference: a link.  An internal one points to the element with that eId; an AKN IRI goes
       through x:href (the UN's resolver for documents with a symbol) and is kept in data-akn-href. -->
  <xsl:template match="akn:ref | akn:rref | akn:dref">
    <xsl:call-template name="link"/>
  </xsl:template>

  <!-- The link of a ref, a tocItem, a documentRef: its content (or the text given), the element's
       eId as its id, the original IRI kept in data-akn-href. -->
  <xsl:template name="link">
    <xsl:param name="text" select="/.."/>
    <xsl:variable name="iri" select="string(@href | @from | @src)"/>
    <xsl:variable name="inner" select="boolean(key('in-link', generate-id()))"/>
    <xsl:variable name="tag"><xsl:call-template name="link-tag"><xsl:with-param name="inner" select="$inner"/></xsl:call-template></xsl:variable>
    <xsl:element name="{$tag}">
      <xsl:attribute name="class">akn-ref</xsl:attribute>
      <xsl:attribute name="data-akn-href"><xsl:value-of select="$iri"/></xsl:attribute>
      <xsl:call-template name="id"/>
      <xsl:if test="not($inner)">
        <xsl:call-template name="ref-href"><xsl:with-param name="iri" select="$iri"/></xsl:call-template>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="$text"><xsl:value-of select="$text"/></xsl:when>
        <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
      </xsl:choose>
    </xsl:element>
    <xsl:if test="not($inner)"><xsl:call-template name="notes-after-link"/></xsl:if>
  </xsl:template>

  <!-- The href of a link to an AKN IRI or eId (on the a element being written). -->
  <xsl:template name="ref-href">
    <xsl:param name="iri"/>
    <xsl:choose>
      <xsl:when test="starts-with($iri, '#') and not(key('eid', substring($iri, 2)))">
        <xsl:attribute name="class">akn-ref unresolved</xsl:attribute>
      </xsl:when>
      <xsl:when test="starts-with($iri, '#')">
        <xsl:attribute name="href"><xsl:value-of select="$iri"/></xsl:attribute>
      </xsl:when>
      <xsl:when test="function-available('x:href')">
        <xsl:call-template name="href"><xsl:with-param name="url" select="x:href($iri, string(@class))"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="href"><xsl:with-param name="url" select="$iri"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An href only for URLs that cannot run anything: http(s), mailto, or no scheme at all (a
       path, an AKN IRI, a fragment); "javascript:" and the like are dropped. -->
  <xsl:template name="href">
    <xsl:param name="url"/>
    <xsl:variable name="u">
      <xsl:call-template name="safe-url"><xsl:with-param name="url" select="$url"/></xsl:call-template>
    </xsl:variable>
    <xsl:if test="$u != ''">
      <xsl:attribute name="href"><xsl:value-of select="$u"/></xsl:attribute>
    </xsl:if>
  </xsl:template>
  <xsl:template name="safe-url">
    <xsl:param name="url"/>
    <xsl:choose>
      <!-- akn-convert checks the URL itself: also that a browser can parse it (a host in an
           http URL ...), so that the page stays valid HTML -->
      <xsl:when test="function-available('x:safe-url')"><xsl:value-of select="x:safe-url($url)"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="safe-url-xslt"><xsl:with-param name="url" select="$url"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template name="safe-url-xslt">
    <xsl:param name="url"/>
    <xsl:variable name="u" select="normalize-space($url)"/>
    <xsl:variable name="lower" select="translate($u, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>
    <xsl:if test="$u != '' and (starts-with($lower, 'http://') or starts-with($lower, 'https://')
        or starts-with($lower, 'mailto:') or not(contains(substring-before(concat($u, '/'), '/'), ':')))">
      <xsl:value-of select="$u"/>
    </xsl:if>
  </xsl:template>

  <!-- Dates: <time> when the date is a full ISO date, else a span carrying it. -->
  <xsl:template match="akn:date | akn:docDate">
    <xsl:variable name="d" select="string(@date)"/>
    <xsl:choose>
      <!-- (akn-convert also checks that the date is one: not the 31st of February) -->
      <xsl:when test="string-length($d) = 10 and translate($d, '0123456789', '') = '--'
          and (not(function-available('x:datetime')) or x:datetime($d) != '')">
        <time class="akn-{local-name()}" datetime="{$d}"><xsl:call-template name="id"/><xsl:apply-templates/></time>
      </xsl:when>
      <xsl:otherwise>
        <span class="akn-{local-name()}" data-date="{$d}"><xsl:call-template name="id"/><xsl:apply-templates/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="akn:recordedTime">
    <xsl:choose>
      <xsl:when test="not(function-available('x:datetime')) or x:datetime(string(@time)) != ''">
        <time class="akn-recordedTime" datetime="{@time}"><xsl:call-template name="id"/><xsl:apply-templates/></time>
      </xsl:when>
      <!-- (a time HTML cannot read: kept as data) -->
      <xsl:otherwise>
        <span class="akn-recordedTime" data-time="{@time}"><xsl:call-template name="id"/><xsl:apply-templates/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Named entities: a span with the entity's class, its reference and its name as a title. -->
  <xsl:template match="akn:organization | akn:location | akn:person | akn:role | akn:concept | akn:term
      | akn:entity | akn:event | akn:object | akn:process | akn:docAuthority | akn:docProponent
      | akn:docCommittee | akn:docIntroducer | akn:quantity">
    <xsl:variable name="tlc" select="key('tlc', substring-after(@refersTo, '#'))"/>
    <xsl:variable name="tag"><xsl:call-template name="tag"><xsl:with-param name="phrasing" select="'span'"/></xsl:call-template></xsl:variable>
    <xsl:element name="{$tag}">
      <xsl:attribute name="class">akn-<xsl:value-of select="local-name()"/></xsl:attribute>
      <xsl:call-template name="id"/>
      <xsl:if test="@refersTo"><xsl:attribute name="data-refers-to"><xsl:value-of select="@refersTo"/></xsl:attribute></xsl:if>
      <xsl:if test="$tlc/@showAs and normalize-space($tlc/@showAs) != normalize-space(.)">
        <xsl:attribute name="title"><xsl:value-of select="$tlc/@showAs"/></xsl:attribute>
      </xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="akn:inline[@name]">
    <xsl:variable name="tag"><xsl:call-template name="tag"><xsl:with-param name="phrasing" select="'span'"/></xsl:call-template></xsl:variable>
    <xsl:element name="{$tag}">
      <xsl:attribute name="class">akn-inline <xsl:value-of select="@name"/></xsl:attribute>
      <xsl:call-template name="id"/><xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- A footnote where it stands: its marker, linking to the note at the bottom. -->
  <!-- A link in a link (a ref in a ref, a note's marker in a ref): HTML nests no links.  The inner
       reference is a span (templates link and akn:a); the markers of the notes come right after
       the outer link. -->
  <xsl:template match="akn:authorialNote[key('in-link', generate-id())] | akn:noteRef[key('in-link', generate-id())]"
      priority="1"/>
  <!-- the markers of the notes inside a link (not those of notes inside those notes), after it -->
  <xsl:template name="notes-after-link">
    <xsl:apply-templates select=".//akn:*[self::akn:authorialNote or self::akn:noteRef]
        [count(ancestor::akn:authorialNote) = count(current()/ancestor::akn:authorialNote)]" mode="after-link"/>
  </xsl:template>
  <!-- the element of a link: a, or a span inside another link -->
  <xsl:template name="link-tag">
    <xsl:param name="inner"/>
    <xsl:choose>
      <xsl:when test="$inner"><xsl:call-template name="tag"><xsl:with-param name="phrasing" select="'span'"/></xsl:call-template></xsl:when>
      <xsl:otherwise>a</xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="akn:authorialNote" mode="after-link"><xsl:call-template name="note-marker"/></xsl:template>
  <xsl:template match="akn:noteRef" mode="after-link"><xsl:call-template name="noteref-marker"/></xsl:template>

  <xsl:template match="akn:authorialNote"><xsl:call-template name="note-marker"/></xsl:template>
  <xsl:template name="note-marker">
    <xsl:variable name="nid"><xsl:call-template name="note-id"/></xsl:variable>
    <xsl:variable name="link"><a href="#{$nid}" id="{$nid}-ref" role="doc-noteref"><xsl:call-template name="marker"/></a></xsl:variable>
    <xsl:choose>
      <!-- already raised by the document (<sup><authorialNote/></sup>): not raised twice -->
      <xsl:when test="parent::akn:sup and count(../node()) = 1"><xsl:copy-of select="$link"/></xsl:when>
      <xsl:otherwise><sup class="noteref"><xsl:copy-of select="$link"/></sup></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A pointer to a note kept in the metadata (meta/notes): its marker, linking to the note
       listed at the bottom; the first pointer to a note is where the note links back to. -->
  <xsl:template match="akn:noteRef"><xsl:call-template name="noteref-marker"/></xsl:template>
  <xsl:template name="noteref-marker">
    <xsl:variable name="key" select="substring-after(@href, '#')"/>
    <xsl:variable name="target" select="key('eid', $key)"/>
    <sup class="noteref">
      <xsl:choose>
        <xsl:when test="$target">
          <a href="{@href}" role="doc-noteref">
            <xsl:if test="$target[self::akn:note] and generate-id() = generate-id(key('noteref', $key)[1])">
              <xsl:attribute name="id"><xsl:value-of select="concat($key, '-ref')"/></xsl:attribute>
            </xsl:if>
            <xsl:value-of select="@marker"/>
          </a>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="@marker"/></xsl:otherwise>
      </xsl:choose>
    </sup>
  </xsl:template>

  <!-- ================================================================ notes at the bottom -->

  <xsl:template name="notes">
    <xsl:variable name="notes" select="$doc//akn:authorialNote[not(ancestor::akn:meta)]"/>
    <xsl:variable name="kept" select="$doc/akn:meta/akn:notes/akn:note[key('eid', @eId)][key('noteref', @eId)]"/>
    <xsl:if test="$notes or $kept">
      <section class="notes" aria-labelledby="h-notes">
        <h2 id="h-notes" class="visually-hidden"><xsl:value-of select="$L/@notes"/></h2>
        <ol class="note-list">
          <xsl:for-each select="$notes">
            <xsl:variable name="nid"><xsl:call-template name="note-id"/></xsl:variable>
            <xsl:variable name="marker"><xsl:call-template name="marker"/></xsl:variable>
            <li class="note" id="{$nid}">
              <a class="note-marker" href="#{$nid}-ref" aria-label="{$L/@back} {$marker}"><xsl:value-of select="$marker"/></a>
              <div class="note-text"><xsl:apply-templates/></div>
            </li>
          </xsl:for-each>
          <xsl:for-each select="$kept">
            <xsl:variable name="marker" select="(key('noteref', @eId)/@marker | @marker)[1]"/>
            <li class="note" id="{@eId}">
              <a class="note-marker" href="#{@eId}-ref" aria-label="{$L/@back} {$marker}"><xsl:value-of select="$marker"/></a>
              <div class="note-text"><xsl:apply-templates/></div>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="note-id">
    <xsl:choose>
      <xsl:when test="@eId and generate-id() = generate-id(key('eid', @eId)[1])"><xsl:value-of select="@eId"/></xsl:when>
      <xsl:otherwise>note-<xsl:value-of select="generate-id()"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="marker">
    <xsl:choose>
      <xsl:when test="normalize-space(@marker)"><xsl:value-of select="normalize-space(@marker)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="count(preceding::akn:authorialNote) + 1"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================ shared -->

  <!-- The HTML element for an AKN element whose own is phrasing content (p, i, h3 ...): that
       one, or div when it holds blocks (a quoted structure in a line of the preface). -->
  <xsl:template name="tag">
    <xsl:param name="phrasing"/>
    <xsl:variable name="blocks"><xsl:call-template name="holds-blocks"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$blocks = 'yes'">div</xsl:when>
      <xsl:otherwise><xsl:value-of select="$phrasing"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Whether the element holds blocks outside its notes (paragraphs, headed or numbered units,
       tables, lists, quoted structures, a speaker's line outside a paragraph ...: whatever this
       stylesheet writes as a block): then it is a div, since HTML's p and span may not. -->
  <xsl:template name="holds-blocks">
    <xsl:variable name="notes" select="count(ancestor-or-self::akn:authorialNote)"/>
    <xsl:if test=".//akn:*[count(ancestor::akn:authorialNote) = $notes]
        [self::akn:p or akn:heading or akn:num or self::akn:table or self::akn:ul or self::akn:ol or self::akn:toc
         or self::akn:foreign or self::akn:embeddedStructure or self::akn:quotedStructure or self::akn:subFlow
         or self::akn:documentRef or self::akn:componentRef or self::akn:longTitle or self::akn:list or self::akn:blockList or self::akn:intro
         or self::akn:listIntroduction or self::akn:wrapUp or self::akn:listWrapUp or self::akn:content
         or self::akn:container or self::akn:blockContainer or self::akn:hcontainer or self::akn:tblock
         or self::akn:formula or self::akn:recitals or self::akn:recital or self::akn:citations or self::akn:citation
         or self::akn:component or self::akn:attachment
         or ((self::akn:from or self::akn:summary or self::akn:scene or self::akn:narrative or self::akn:crossHeading
              or self::akn:subheading or self::akn:block or self::akn:signature or self::akn:concluding
              or self::akn:address) and not(ancestor::akn:*[self::akn:p or self::akn:quotedStructure or self::akn:embeddedStructure or self::akn:subFlow or self::akn:authorialNote][1][self::akn:p]))]">yes</xsl:if>
  </xsl:template>


  <!-- The element's eId as its HTML id (a publisher links to "#para_13__list_1__point_c"); the
       first element only when a document repeats an eId, so ids stay unique. -->
  <xsl:template name="id">
    <xsl:if test="@eId and generate-id() = generate-id(key('eid', @eId)[1])">
      <xsl:attribute name="id"><xsl:value-of select="@eId"/></xsl:attribute>
    </xsl:if>
    <!-- a passage in another language than the document's (xml:lang): its own lang, and its
         direction from its own letters (an Arabic sentence in an English text) -->
    <xsl:if test="normalize-space(@xml:lang) != ''">
      <xsl:choose>
        <!-- akn-convert knows the language's tag and direction (CLDR); none when it names no
             language (an HTML lang must be a real one) -->
        <xsl:when test="function-available('x:language')">
          <xsl:variable name="language" select="x:language(string(@xml:lang))"/>
          <xsl:if test="$language != ''">
            <xsl:attribute name="lang"><xsl:value-of select="substring-before($language, ' ')"/></xsl:attribute>
            <xsl:attribute name="dir"><xsl:value-of select="substring-after($language, ' ')"/></xsl:attribute>
          </xsl:if>
        </xsl:when>
        <xsl:otherwise>
          <xsl:attribute name="lang"><xsl:value-of select="normalize-space(@xml:lang)"/></xsl:attribute>
          <xsl:attribute name="dir">auto</xsl:attribute>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <!-- The quotation marks a quote carries in its attributes (startQuote, endQuote), not in its
       text: on the page where the document prints them. -->
  <xsl:template name="quote-start">
    <xsl:if test="@startQuote"><span class="quote-mark"><xsl:value-of select="@startQuote"/></span></xsl:if>
  </xsl:template>
  <xsl:template name="quote-end">
    <xsl:if test="@endQuote"><span class="quote-mark"><xsl:value-of select="@endQuote"/></span></xsl:if>
  </xsl:template>

  <!-- Anything else: a div when it holds paragraphs, otherwise a span. -->
  <xsl:template match="akn:*">
    <xsl:variable name="blocks"><xsl:call-template name="holds-blocks"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$blocks = 'yes'">
        <div class="akn-{local-name()}">
          <xsl:call-template name="id"/>
          <xsl:call-template name="quote-start"/><xsl:apply-templates/><xsl:call-template name="quote-end"/>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <span class="akn-{local-name()}">
          <xsl:call-template name="id"/>
          <xsl:call-template name="quote-start"/><xsl:apply-templates/><xsl:call-template name="quote-end"/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
