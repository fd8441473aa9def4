# http.HTTPStatus, http.HTTPMethod, http.client.responses, the status constants and the
# exceptions of http.client (no network).
import http
import http.client
from http import HTTPStatus, HTTPMethod

print(HTTPStatus.NOT_FOUND.phrase, '|', HTTPStatus.NOT_FOUND.description)
print(repr(HTTPStatus.NOT_FOUND), str(HTTPStatus.NOT_FOUND), f'{HTTPStatus.OK}', '%d' % HTTPStatus.OK)
print(HTTPStatus(404) is HTTPStatus.NOT_FOUND, HTTPStatus['OK'], HTTPStatus.OK == 200, HTTPStatus.OK + 1)
print(len(HTTPStatus), list(HTTPStatus)[:3])
print(repr(HTTPStatus), HTTPStatus.__module__, isinstance(HTTPStatus.OK, int))
print(HTTPStatus.IM_A_TEAPOT.phrase, HTTPStatus.IM_A_TEAPOT.value, repr(HTTPStatus.PROCESSING.description))
print(HTTPStatus.OK.name, HTTPStatus.OK.value, type(HTTPStatus.OK.value).__name__)
for status in HTTPStatus:
    print(status.value, status.name, status.phrase, '|', status.description)
try:
    HTTPStatus(999)
except ValueError as exc:
    print('ValueError:', exc)
print(sorted(HTTPStatus)[-1], max(HTTPStatus).phrase, {HTTPStatus.OK: 'x'}[200])

print(repr(HTTPMethod.GET), str(HTTPMethod.GET), HTTPMethod.GET == 'GET', HTTPMethod('POST'))
for method in HTTPMethod:
    print(method, method.name, method.value, '|', method.description)
try:
    HTTPMethod('FETCH')
except ValueError as exc:
    print('ValueError:', exc)
print(http.__all__)

print(http.client.responses[404], http.client.responses[200], len(http.client.responses))
print(http.client.NOT_FOUND, repr(http.client.OK), http.client.INTERNAL_SERVER_ERROR.phrase)
print(http.client.HTTP_PORT, http.client.HTTPS_PORT)
print(sorted(http.client.__all__))

IR = http.client.IncompleteRead
print(repr(IR(b'abc')), repr(IR(b'abc', 7)), IR(b'abc', 7).partial, IR(b'abc', 7).expected, IR(b'x').args)
print(str(IR(b'ab')).startswith('<http.client.IncompleteRead object'))
print(repr(http.client.BadStatusLine('')), repr(http.client.BadStatusLine('junk')))
print(http.client.LineTooLong('header line'))
rd = http.client.RemoteDisconnected('Remote end closed connection without response')
print(repr(rd), isinstance(rd, ConnectionResetError), isinstance(rd, http.client.BadStatusLine), rd.line == repr(''))
print([c.__name__ for c in http.client.RemoteDisconnected.__mro__])
print(repr(http.client.UnknownProtocol('HTTP/2')), http.client.UnknownProtocol('HTTP/2').version)
print(issubclass(http.client.CannotSendRequest, http.client.ImproperConnectionState),
      issubclass(http.client.ResponseNotReady, http.client.HTTPException),
      http.client.error is http.client.HTTPException)
for host, port in [('example.com', None), ('example.com:8080', None), ('example.com:', None),
                   ('[::1]:8443', None), ('[::1]', None), ('localhost', 81)]:
    conn = http.client.HTTPConnection(host, port)
    print(repr(host), conn.host, conn.port)
try:
    http.client.HTTPConnection('example.com:http')
except http.client.InvalidURL as exc:
    print('InvalidURL:', exc)

# expect: Not Found | Nothing matches the given URI
# expect: <HTTPStatus.NOT_FOUND: 404> 404 200 200
# expect: True 200 True 201
# expect: 62 [<HTTPStatus.CONTINUE: 100>, <HTTPStatus.SWITCHING_PROTOCOLS: 101>, <HTTPStatus.PROCESSING: 102>]
# expect: <enum 'HTTPStatus'> http True
# expect: I'm a Teapot 418 ''
# expect: OK 200 int
# expect: 100 CONTINUE Continue | Request received, please continue
# expect: 101 SWITCHING_PROTOCOLS Switching Protocols | Switching to new protocol; obey Upgrade header
# expect: 102 PROCESSING Processing | 
# expect: 103 EARLY_HINTS Early Hints | 
# expect: 200 OK OK | Request fulfilled, document follows
# expect: 201 CREATED Created | Document created, URL follows
# expect: 202 ACCEPTED Accepted | Request accepted, processing continues off-line
# expect: 203 NON_AUTHORITATIVE_INFORMATION Non-Authoritative Information | Request fulfilled from cache
# expect: 204 NO_CONTENT No Content | Request fulfilled, nothing follows
# expect: 205 RESET_CONTENT Reset Content | Clear input form for further input
# expect: 206 PARTIAL_CONTENT Partial Content | Partial content follows
# expect: 207 MULTI_STATUS Multi-Status | 
# expect: 208 ALREADY_REPORTED Already Reported | 
# expect: 226 IM_USED IM Used | 
# expect: 300 MULTIPLE_CHOICES Multiple Choices | Object has several resources -- see URI list
# expect: 301 MOVED_PERMANENTLY Moved Permanently | Object moved permanently -- see URI list
# expect: 302 FOUND Found | Object moved temporarily -- see URI list
# expect: 303 SEE_OTHER See Other | Object moved -- see Method and URL list
# expect: 304 NOT_MODIFIED Not Modified | Document has not changed since given time
# expect: 305 USE_PROXY Use Proxy | You must use proxy specified in Location to access this resource
# expect: 307 TEMPORARY_REDIRECT Temporary Redirect | Object moved temporarily -- see URI list
# expect: 308 PERMANENT_REDIRECT Permanent Redirect | Object moved permanently -- see URI list
# expect: 400 BAD_REQUEST Bad Request | Bad request syntax or unsupported method
# expect: 401 UNAUTHORIZED Unauthorized | No permission -- see authorization schemes
# expect: 402 PAYMENT_REQUIRED Payment Required | No payment -- see charging schemes
# expect: 403 FORBIDDEN Forbidden | Request forbidden -- authorization will not help
# expect: 404 NOT_FOUND Not Found | Nothing matches the given URI
# expect: 405 METHOD_NOT_ALLOWED Method Not Allowed | Specified method is invalid for this resource
# expect: 406 NOT_ACCEPTABLE Not Acceptable | URI not available in preferred format
# expect: 407 PROXY_AUTHENTICATION_REQUIRED Proxy Authentication Required | You must authenticate with this proxy before proceeding
# expect: 408 REQUEST_TIMEOUT Request Timeout | Request timed out; try again later
# expect: 409 CONFLICT Conflict | Request conflict
# expect: 410 GONE Gone | URI no longer exists and has been permanently removed
# expect: 411 LENGTH_REQUIRED Length Required | Client must specify Content-Length
# expect: 412 PRECONDITION_FAILED Precondition Failed | Precondition in headers is false
# expect: 413 REQUEST_ENTITY_TOO_LARGE Request Entity Too Large | Entity is too large
# expect: 414 REQUEST_URI_TOO_LONG Request-URI Too Long | URI is too long
# expect: 415 UNSUPPORTED_MEDIA_TYPE Unsupported Media Type | Entity body in unsupported format
# expect: 416 REQUESTED_RANGE_NOT_SATISFIABLE Requested Range Not Satisfiable | Cannot satisfy request range
# expect: 417 EXPECTATION_FAILED Expectation Failed | Expect condition could not be satisfied
# expect: 418 IM_A_TEAPOT I'm a Teapot | Server refuses to brew coffee because it is a teapot.
# expect: 421 MISDIRECTED_REQUEST Misdirected Request | Server is not able to produce a response
# expect: 422 UNPROCESSABLE_ENTITY Unprocessable Entity | 
# expect: 423 LOCKED Locked | 
# expect: 424 FAILED_DEPENDENCY Failed Dependency | 
# expect: 425 TOO_EARLY Too Early | 
# expect: 426 UPGRADE_REQUIRED Upgrade Required | 
# expect: 428 PRECONDITION_REQUIRED Precondition Required | The origin server requires the request to be conditional
# expect: 429 TOO_MANY_REQUESTS Too Many Requests | The user has sent too many requests in a given amount of time ("rate limiting")
# expect: 431 REQUEST_HEADER_FIELDS_TOO_LARGE Request Header Fields Too Large | The server is unwilling to process the request because its header fields are too large
# expect: 451 UNAVAILABLE_FOR_LEGAL_REASONS Unavailable For Legal Reasons | The server is denying access to the resource as a consequence of a legal demand
# expect: 500 INTERNAL_SERVER_ERROR Internal Server Error | Server got itself in trouble
# expect: 501 NOT_IMPLEMENTED Not Implemented | Server does not support this operation
# expect: 502 BAD_GATEWAY Bad Gateway | Invalid responses from another server/proxy
# expect: 503 SERVICE_UNAVAILABLE Service Unavailable | The server cannot process the request due to a high load
# expect: 504 GATEWAY_TIMEOUT Gateway Timeout | The gateway server did not receive a timely response
# expect: 505 HTTP_VERSION_NOT_SUPPORTED HTTP Version Not Supported | Cannot fulfill request
# expect: 506 VARIANT_ALSO_NEGOTIATES Variant Also Negotiates | 
# expect: 507 INSUFFICIENT_STORAGE Insufficient Storage | 
# expect: 508 LOOP_DETECTED Loop Detected | 
# expect: 510 NOT_EXTENDED Not Extended | 
# expect: 511 NETWORK_AUTHENTICATION_REQUIRED Network Authentication Required | The client needs to authenticate to gain network access
# expect: ValueError: 999 is not a valid HTTPStatus
# expect: 511 Network Authentication Required x
# expect: <HTTPMethod.GET> GET True POST
# expect: CONNECT CONNECT CONNECT | Establish a connection to the server.
# expect: DELETE DELETE DELETE | Remove the target.
# expect: GET GET GET | Retrieve the target.
# expect: HEAD HEAD HEAD | Same as GET, but only retrieve the status line and header section.
# expect: OPTIONS OPTIONS OPTIONS | Describe the communication options for the target.
# expect: PATCH PATCH PATCH | Apply partial modifications to a target.
# expect: POST POST POST | Perform target-specific processing with the request payload.
# expect: PUT PUT PUT | Replace the target with the request payload.
# expect: TRACE TRACE TRACE | Perform a message loop-back test along the path to the target.
# expect: ValueError: 'FETCH' is not a valid HTTPMethod
# expect: ['HTTPStatus', 'HTTPMethod']
# expect: Not Found OK 62
# expect: 404 <HTTPStatus.OK: 200> Internal Server Error
# expect: 80 443
# expect: ['BadStatusLine', 'CannotSendHeader', 'CannotSendRequest', 'HTTPConnection', 'HTTPException', 'HTTPResponse', 'HTTPSConnection', 'ImproperConnectionState', 'IncompleteRead', 'InvalidURL', 'LineTooLong', 'NotConnected', 'RemoteDisconnected', 'ResponseNotReady', 'UnimplementedFileMode', 'UnknownProtocol', 'UnknownTransferEncoding', 'error', 'responses']
# expect: IncompleteRead(3 bytes read) IncompleteRead(3 bytes read, 7 more expected) b'abc' 7 (b'x',)
# expect: False
# expect: BadStatusLine("''") BadStatusLine('junk')
# expect: got more than 65536 bytes when reading header line
# expect: RemoteDisconnected('Remote end closed connection without response') True True True
# expect: ['RemoteDisconnected', 'ConnectionResetError', 'ConnectionError', 'OSError', 'BadStatusLine', 'HTTPException', 'Exception', 'BaseException', 'object']
# expect: UnknownProtocol('HTTP/2') HTTP/2
# expect: True True True
# expect: 'example.com' example.com 80
# expect: 'example.com:8080' example.com 8080
# expect: 'example.com:' example.com 80
# expect: '[::1]:8443' ::1 8443
# expect: '[::1]' ::1 80
# expect: 'localhost' localhost 81
# expect: InvalidURL: nonnumeric port: 'http'
