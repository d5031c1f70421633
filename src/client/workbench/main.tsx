import React from 'react'
import ReactDOM from 'react-dom/client'
import '../shared/horizon.css'
import { WorkbenchApp } from './WorkbenchApp'

const rootElement = document.getElementById('root')
if (rootElement) ReactDOM.createRoot(rootElement).render(<WorkbenchApp />)
